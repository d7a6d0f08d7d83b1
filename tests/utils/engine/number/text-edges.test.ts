/**
 * Counts at the very start and end of a text: the finder reads the characters around a count only
 * inside the text (a read past either end deoptimised it), and must read them as before.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../utils/engine/number/numbers';

const values = (text: string) => findNumbers(text).map((m) => [m.value, text.slice(m.start, m.end)]);

describe('findNumbers at the edges of a text', () => {
  it('reads a count that starts the text, glued to nothing before it', () => {
    expect(values('12 soldiers died')).toEqual([[12, '12']]);
    expect(values('7')).toEqual([[7, '7']]);
  });

  it('reads a count that ends the text, with or without its scale', () => {
    expect(values('the toll rose to 31')).toEqual([[31, '31']]);
    expect(values('losses reached 2.5 million')).toEqual([[2_500_000, '2.5 million']]);
    expect(values('losses reached 30k')).toEqual([[30_000, '30k']]);
    expect(values('they counted 40 ')).toEqual([[40, '40']]);
  });

  it('still reads a token around a count as no count', () => {
    expect(values('TB2')).toEqual([]);
    expect(values('the 1990s')).toEqual([]);
  });
});
