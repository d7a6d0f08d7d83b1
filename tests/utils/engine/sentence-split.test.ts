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
});
