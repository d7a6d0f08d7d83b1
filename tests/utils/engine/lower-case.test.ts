import { describe, expect, it } from 'vitest';
import { lowerCased } from '../../../utils/engine/lower-case';

describe('lowerCased', () => {
  it('gives what toLowerCase gives, for ASCII, capitals and other scripts', () => {
    for (const word of [
      '',
      'the',
      'The',
      'SAID',
      'u.s.',
      'U.S.',
      'a-b',
      'İstanbul',
      'Ölüm',
      'Армения',
      'ſ',
      'K9',
      '[x]',
    ]) {
      expect(lowerCased(word)).toBe(word.toLowerCase());
    }
  });

  it('returns a lower-case ASCII word itself, not a copy', () => {
    const word = 'soldiers';
    expect(lowerCased(word)).toBe(word);
  });
});
