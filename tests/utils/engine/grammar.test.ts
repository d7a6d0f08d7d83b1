/**
 * wordAt reads ASCII words by char code and leaves the rest to its regex: at every position of a
 * mixed text it must read exactly the word the regex reads.
 */
import { describe, expect, it } from 'vitest';
import { wordAt } from '../../../utils/engine/grammar';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}_'’-]*/uy;

function byRegex(text: string, pos: number): string | null {
  WORD.lastIndex = pos;
  return WORD.exec(text)?.[0] ?? null;
}

describe('wordAt', () => {
  const text =
    "two 122-mm howitzers, an 11-year-old boy's car_park; Azərbaycan’s 𝒜x état-major ‘quoted’ T-72B3 -x _y 'z …";

  it('reads the word a noun phrase would read, at every position', () => {
    for (let pos = 0; pos <= text.length; pos++) expect(wordAt(text, pos)).toBe(byRegex(text, pos));
  });

  it('reads whole words, their hyphens and apostrophes, and nothing at a non-word', () => {
    expect(wordAt(text, 4)).toBe('122-mm');
    expect(wordAt(text, text.indexOf('Azər'))).toBe('Azərbaycan’s');
    expect(wordAt(text, text.indexOf('_y'))).toBeNull();
    expect(wordAt(text, text.indexOf('-x'))).toBeNull();
  });
});
