/**
 * French, German and Russian name the side a count fell on after it, and split a toll by side with
 * a bare second count: "40 civils ont été tués côté azerbaïdjanais et 60 côté arménien", "20
 * Soldaten auf armenischer Seite und 30 auf aserbaidschanischer Seite", "20 военнослужащих с
 * армянской стороны и 30 с азербайджанской стороны". Each count takes the side named after it,
 * not its speaker's nor the count before's. "со стороны" (by) stays an attacker. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang })
    .map((f) => `${f.value} ${f.metric} ${f.side ?? '-'} ${f.claimant?.party ?? '-'}`)
    .sort();

describe('a side named after the count', () => {
  it.each([
    [
      'fr',
      'Selon Bakou, 40 civils ont été tués côté azerbaïdjanais et 60 côté arménien.',
      ['40 civilians_killed AZ AZ', '60 civilians_killed ARM AZ'],
    ],
    ['fr', 'Selon Erevan, 40 civils ont été tués côté azerbaïdjanais.', ['40 civilians_killed AZ ARM']],
    // "côté" stops the count's phrase: "azerbaïdjanais" after it is no noun it counts.
    ['fr', 'On compte 300 soldats tués côté azerbaïdjanais.', ['300 soldiers_killed AZ -']],
    [
      'de',
      'Laut Eriwan starben 20 Soldaten auf armenischer Seite und 30 auf aserbaidschanischer Seite.',
      ['20 soldiers_killed ARM ARM', '30 soldiers_killed AZ ARM'],
    ],
    [
      'de',
      'Laut Eriwan wurden 20 Soldaten auf aserbaidschanischer Seite getötet.',
      ['20 soldiers_killed AZ ARM'],
    ],
    [
      'ru',
      'По данным Еревана, погибли 20 военнослужащих с армянской стороны и 30 с азербайджанской стороны.',
      ['20 soldiers_killed ARM ARM', '30 soldiers_killed AZ ARM'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });

  it('ru: "со стороны" after a verb is the attacker, not the side', () => {
    expect(
      read(
        'ru',
        'В результате обстрела со стороны армянских военных погибли 4 мирных жителя, сообщили в Баку.',
      ),
    ).toEqual(['4 civilians_killed AZ AZ']);
  });
});
