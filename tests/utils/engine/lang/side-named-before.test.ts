/**
 * "On the Armenian side, 12 soldiers were killed": a side named at the head of the clause owns the
 * count after it ("auf armenischer Seite", "с армянской стороны", "côté azerbaïdjanais"),
 * whoever speaks. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a side named at the head of the clause', () => {
  it.each([
    ['de', 'Auf armenischer Seite wurden 12 Soldaten getötet.', '12 soldiers_killed ARM'],
    [
      'de',
      'Auf aserbaidschanischer Seite seien bisher 30 Soldaten gefallen, sagte Paschinjan.',
      '30 soldiers_killed AZ',
    ],
    ['ru', 'С армянской стороны погибли 12 военнослужащих.', '12 soldiers_killed ARM'],
    [
      'ru',
      'Минобороны Армении сообщило, что с азербайджанской стороны убиты 40 военнослужащих.',
      '40 soldiers_killed AZ',
    ],
    ['fr', 'Du côté arménien, 12 soldats ont été tués.', '12 soldiers_killed ARM'],
    ['fr', 'Côté azerbaïdjanais, on déplore 25 militaires tués.', '25 soldiers_killed AZ'],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual([expected]);
  });
});
