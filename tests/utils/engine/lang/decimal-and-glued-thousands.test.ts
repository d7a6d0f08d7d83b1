/**
 * Thousands as the press writes them outside English: a Russian decimal comma before "тыс."/"млн"
 * ("2,9 тыс." is 2,900, not 2) and Italian "mila" glued to its digits ("30mila", "oltre 100mila").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.qualifier} ${f.metric} [${f.text}]`);

describe('decimal commas and glued thousands', () => {
  it.each([
    [
      'ru',
      'Баку признал, что за время войны погибли свыше 2,8 тыс. азербайджанских военнослужащих.',
      '2800 more_than soldiers_killed [свыше 2,8 тыс. азербайджанских военнослужащих]',
    ],
    ['ru', 'Из района бежали около 1,5 млн человек.', '1500000 about displaced [около 1,5 млн человек]'],
    [
      'it',
      'Quel conflitto causò circa 25mila morti tra i civili.',
      '25000 about civilians_killed [circa 25mila morti tra i civili]',
    ],
    [
      'it',
      'Secondo Erevan, oltre 120mila sfollati hanno raggiunto l’Armenia.',
      '120000 more_than displaced [oltre 120mila sfollati]',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });

  it('keeps digits glued to other words no count, and a Russian list comma with a space', () => {
    const values = extractFigures('Ракета упала в поле, погибли 3, 4 человека ранены.', { lang: 'ru' });
    expect(values.map((f) => f.value)).toEqual([3, 4]);
    expect(read('Il modello 30milano non ha causato vittime.', 'it')).toEqual([]);
  });
});
