/** testOnce answers each sentence's test once: every figure of a sentence asks the same. */
import { describe, expect, it } from 'vitest';
import { testOnce } from '../../../utils/engine/sentence-neighbours';

describe('testOnce', () => {
  it('tests a sentence on first need and keeps the answer by its index', () => {
    const cache: (boolean | undefined)[] = new Array(2);
    const pattern = /\bwhile\b/;
    expect(testOnce(cache, pattern, 'Two were hurt while shopping.', 0)).toBe(true);
    // The second figure of sentence 0 is answered from the cache, whatever text it passes.
    expect(testOnce(cache, pattern, 'No such word here.', 0)).toBe(true);
    expect(testOnce(cache, pattern, 'No such word here.', 1)).toBe(false);
    expect(cache).toEqual([true, false]);
  });

  it('answers false for a language without the pattern', () => {
    expect(testOnce([], null, 'Two were hurt while shopping.', 0)).toBe(false);
  });
});
