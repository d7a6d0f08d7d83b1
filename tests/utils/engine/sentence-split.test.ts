/**
 * splitSentences finds where each boundary starts by reading back from its end (it tests the
 * boundary scan rather than executing it): runs of stops, closing quotes and line breaks, and the
 * stops that end no sentence (an abbreviation, a day's full stop), must split as before.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/engine/sentences';

function split(text: string, monthAfterDayStopY: RegExp | null = null): string[] {
  return splitSentences(text, undefined, monthAfterDayStopY).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('ends a sentence after a run of stops and its closing quotes, before a capital', () => {
    expect(split('He said "Two were hurt!?" Then it stopped.) Four more died.')).toEqual([
      'He said "Two were hurt!?"',
      'Then it stopped.)',
      'Four more died.',
    ]);
  });

  it('ends one at every run of line breaks, a stop before them included', () => {
    expect(split('Three died.\n\n\nNine were hurt\nTen fled.. Then')).toEqual([
      'Three died.',
      'Nine were hurt',
      'Ten fled..',
      'Then',
    ]);
  });

  it('keeps an abbreviation and a day before its month inside the sentence', () => {
    expect(split('Gen. Smith said 3 died. Mr. Lee agreed.')).toEqual([
      'Gen. Smith said 3 died.',
      'Mr. Lee agreed.',
    ]);
    expect(split('Am 27. September starben 5. Dann', /\s*September/y)).toEqual([
      'Am 27. September starben 5.',
      'Dann',
    ]);
  });

  it('reads a word before a full stop only as far as the longest abbreviation', () => {
    const abbreviations = new Set(['approx', 'u.s', 'gen']);
    const split2 = (text: string) =>
      splitSentences(text, abbreviations).map((s) => text.slice(s.start, s.end));
    expect(split2('It was approx. Ten died. Sergeant Gen. Lee left. U.S. Troops came.')).toEqual([
      'It was approx. Ten died.',
      'Sergeant Gen. Lee left.',
      'U.S. Troops came.',
    ]);
    // One letter longer than "approx", or a longer word ending in one, ends the sentence.
    expect(split2('They were approxx. Ten. Xapprox. Nine.')).toEqual([
      'They were approxx.',
      'Ten.',
      'Xapprox.',
      'Nine.',
    ]);
    // An initial of any script stays inside; a stop after a digit or a second stop does not.
    expect(split2('J. Smith and É. Roy met. 5. Then.. Now')).toEqual([
      'J. Smith and É. Roy met.',
      '5.',
      'Then..',
      'Now',
    ]);
  });
});
