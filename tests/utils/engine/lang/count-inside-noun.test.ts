/**
 * A counted noun may hold another number ("Five members of one family", "six members of a
 * family"): the count is the first, and the number inside its noun counts nothing of its own.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a number inside the noun of a count', () => {
  it.each([
    [
      'Five members of one family were killed when a rocket hit their house.',
      '5 civilians_killed [Five members of one family]',
    ],
    [
      'Six members of a family died in the strike on Tuesday.',
      '6 civilians_killed [Six members of a family]',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('keeps two counts that each have a noun', () => {
    expect(read('Two soldiers and 40 civilians were killed.')).toEqual([
      '2 soldiers_killed [Two soldiers]',
      '40 civilians_killed [40 civilians]',
    ]);
  });
});
