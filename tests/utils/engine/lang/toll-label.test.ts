/**
 * A toll's word before a colon labels the count after it in a list or table ("Killed: 12;
 * wounded: 40"), as "the death toll rose to 12" does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('a toll labelled by a colon', () => {
  it('reads each labelled count', () => {
    expect(read('Casualties reported by Baku on Monday. Killed: 12; wounded: 40.')).toEqual([
      '12 civilians_killed null',
      '40 civilians_injured null',
    ]);
  });

  it('keeps the group the label names', () => {
    expect(read('Armenian servicemen killed: 14; Armenian servicemen wounded: 52.')).toEqual([
      '14 soldiers_killed ARM',
      '52 soldiers_wounded ARM',
    ]);
  });

  it('reads no label of something else', () => {
    expect(read('Shelling of Tartar. Age: 45; houses: 12; killed by shrapnel.')).toEqual([]);
  });
});
