/**
 * Lexicon alternations share one `\p{L}*` among neighbouring open stems (smaller regex code, see
 * utils/engine/open-stems.ts) and must match exactly what the plain alternation matched.
 */
import { describe, expect, it } from 'vitest';
import { foreignLexicon, LANGUAGES } from '../../../utils/engine/lexicons';
import { joinSources } from '../../../utils/engine/open-stems';
import { LANGUAGE_SAMPLES } from '../../bench/engine/language-samples';

const BOUNDED = (inner: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${inner})(?![\\p{L}\\p{M}\\p{N}_])`, 'giu');

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

describe('joinSources', () => {
  it('groups neighbouring open stems and leaves other entries as they are', () => {
    expect(joinSources(['ab\\p{L}*', 'abcd\\p{L}*', 'xyzxyzxyz', 'q\\p{L}*'])).toBe(
      'abcd\\p{L}*|xyzxyzxyz|(?:ab|q)\\p{L}*',
    );
  });

  it('never groups an entry whose suffix would bind to one branch only', () => {
    expect(joinSources(['a|bc\\p{L}*', 'de\\p{L}*'])).toBe('a|bc\\p{L}*|de\\p{L}*');
    expect(joinSources(['[a|b]c\\p{L}*', 'de\\p{L}*'])).toBe('(?:[a|b]c|de)\\p{L}*');
    expect(joinSources(['(?:a|b)c\\p{L}*', 'de\\p{L}*'])).toBe('(?:(?:a|b)c|de)\\p{L}*');
  });

  const foreign = LANGUAGES.filter((lang) => lang !== 'en');
  it.each(foreign)('%s: every word list matches as the plain alternation did', (lang) => {
    const lexicon = foreignLexicon(lang);
    const sample = LANGUAGE_SAMPLES[lang as keyof typeof LANGUAGE_SAMPLES];
    expect(lexicon && sample).toBeTruthy();
    if (!lexicon || !sample) return;
    const text = [sample.coverage, sample.background, sample.other].join('\n');
    const lists = [
      ...Object.values(lexicon.metrics),
      ...Object.values(lexicon.events),
      ...Object.values(lexicon.claimantRoles),
      ...Object.values(lexicon.partyMarkers),
    ];
    let compared = 0;
    for (const list of lists) {
      const plain = [...list].sort((a, b) => b.length - a.length).join('|');
      const joined = joinSources(list);
      const found = matches(BOUNDED(joined), text);
      expect(found).toEqual(matches(BOUNDED(plain), text));
      compared += found.length;
    }
    // The sample really exercises the lists.
    expect(compared).toBeGreaterThan(10);
  });
});
