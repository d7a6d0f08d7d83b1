/**
 * A bare count that is a loss verb's object and is followed by "and" and a second loss ("killing 13
 * and injuring more than 50", "killed two and wounded five") is counted, not only the second one.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a bare object count before "and"', () => {
  it('reads both counts of a participle pair', () => {
    expect(read('A rocket fell on a market in Barda, killing 8 and injuring more than 30.')).toEqual([
      '8 civilians_killed [8]',
      '30 civilians_injured [more than 30]',
    ]);
  });

  it('reads both counts of a finite verb pair', () => {
    expect(read('Artillery fire on Martakert killed three and wounded eleven overnight.')).toEqual([
      '3 civilians_killed [three]',
      '11 civilians_injured [eleven]',
    ]);
  });

  it('leaves a count with no loss verb before it alone', () => {
    expect(read('The club won 3 and drew 2, while rockets killed 4 people in Barda.')).toEqual([
      '4 civilians_killed [4 people]',
    ]);
  });
});
