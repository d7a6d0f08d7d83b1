import { describe, expect, it } from 'vitest';
import { compileCoverage, scanHits } from '../../../utils/engine/coverage/patterns';
import { factorLetterTails, letterTail } from '../../../utils/engine/regex-factor';
import { defaultPackData } from '../../../utils/engine/topic-pack';

const LETTER = /\\p\{L\}/g;

/** Every match of a source in a text: where, what, and which capture groups took part. */
function matchesOf(source: string, text: string): string[] {
  const regex = new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}:${m.slice(1).map((g) => g !== undefined)}`);
}

describe('factorLetterTails', () => {
  it('writes a letter tail shared by neighbouring branches once', () => {
    expect(factorLetterTails('armeni\\p{L}*|ermeni\\p{L}*|армени\\p{L}*|hh')).toBe(
      '(?:armeni|ermeni|армени)\\p{L}*|hh',
    );
    expect(factorLetterTails('baki\\p{L}{0,3}|gence\\p{L}{0,3}')).toBe('(?:baki|gence)\\p{L}{0,3}');
  });

  it('never moves a branch past another: only neighbours with the same tail are grouped', () => {
    expect(factorLetterTails('a\\p{L}*|b|c\\p{L}*')).toBe('a\\p{L}*|b|c\\p{L}*');
    expect(factorLetterTails('a\\p{L}*|c\\p{L}{0,3}')).toBe('a\\p{L}*|c\\p{L}{0,3}');
  });

  it('factors inside groups and lookarounds too, keeping each group as it opens', () => {
    expect(factorLetterTails('минск\\p{L}*\\s+(?:групп\\p{L}*|комитет\\p{L}*)')).toBe(
      'минск\\p{L}*\\s+(?:(?:групп|комитет)\\p{L}*)',
    );
    expect(factorLetterTails('x(?!(?:ab\\p{L}+|cd\\p{L}+))')).toBe('x(?!(?:(?:ab|cd)\\p{L}+))');
    expect(factorLetterTails('(?<n>ab\\p{L}*|cd\\p{L}*)')).toBe('(?<n>(?:ab|cd)\\p{L}*)');
  });

  it('leaves a tail that is no tail alone: an escaped backslash before it, or nothing before it', () => {
    expect(letterTail('a\\\\p{L}*')).toBeNull();
    expect(letterTail('\\p{L}*')).toBeNull();
    expect(letterTail('a[\\p{L}]*')).toBeNull();
  });

  it('matches exactly what the plain alternation matches, backtracking included', () => {
    const sources = [
      '(armen\\p{L}*|armenia\\d|arm\\p{L}{0,3})|(yerevan\\p{L}{0,3}|ereван\\p{L}{0,3})',
      'shush[ai]|susa(?:da|dan)?|шуш\\p{L}*|шушинск\\p{L}*',
      '(?:ganja|gence)\\p{L}*\\s+(?:city\\p{L}*|town\\p{L}*)|gen\\p{L}+',
    ];
    const texts = [
      'Armenians armenia5 armenian5 arm armen2 yerevanis ereванам shushi susadan шушинский шуш',
      'gence town, ganja cityx, genc5 gencetown citys ganja  town',
    ].map((t) => t.toLowerCase());
    for (const source of sources) {
      for (const text of texts)
        expect(matchesOf(factorLetterTails(source), text)).toEqual(matchesOf(source, text));
    }
  });
});

describe('coverage scans', () => {
  it('write far fewer letter classes than their terms hold, and find the same terms', () => {
    const compiled = compileCoverage(defaultPackData);
    const written = compiled.context.regex?.source.match(LETTER)?.length ?? 0;
    const inTerms = compiled.context.specs.reduce(
      (sum, spec) => sum + (spec.pattern.match(LETTER)?.length ?? 0),
      0,
    );
    expect(written).toBeLessThan(inTerms / 2);
    const text = 'shelling of ganja and barda; the armenian and azerbaijani armies, yerevan and baku';
    const terms = scanHits(compiled.context, text).map((hit) => text.slice(hit.start, hit.end));
    expect(terms).toEqual(
      expect.arrayContaining(['shelling', 'ganja', 'barda', 'armenian', 'azerbaijani', 'yerevan', 'baku']),
    );
  });
});
