/**
 * Properties in every language the engine reads: random mixes of that language's own words
 * (number words, qualifiers, nouns, loss words, claimants, digits in its notation) and hostile
 * characters never make it throw, and every figure's offsets slice exactly its text and sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { foreignLexicon, LANGUAGES } from '../../../../utils/engine/lexicons';

const HOSTILE = [
  '.',
  ',',
  '\n',
  '։',
  '«',
  '»',
  '“',
  '”',
  '-',
  '—',
  '\u0000',
  '\uD800',
  '🚁',
  '1.000',
  '2,5',
  '27',
  '2020',
  "550'den",
  '10-dan',
  'Су-25',
  'TB2',
];

/** Words of a language, as its lexicon writes them (stems cut at their first regex character). */
function wordsOf(lang: string): string[] {
  const lex = foreignLexicon(lang);
  if (!lex) return ['two', 'helicopters', 'shot down', 'killed', 'at least', 'Armenia said', 'soldiers'];
  const plain = (s: string) => s.split(/[\\[(?*+|]/)[0]?.trim() ?? '';
  const pools = [
    Object.keys(lex.numbers?.words ?? {}),
    Object.keys(lex.numbers?.scales ?? {}),
    Object.values(lex.numbers?.before ?? {}).flat(),
    Object.values(lex.metrics).flat().map(plain),
    Object.values(lex.events).flat().map(plain),
    lex.attribution.verbs.map(plain),
    lex.attribution.prepositions.map(plain),
    Object.values(lex.claimantRoles).flat().map(plain),
    Object.values(lex.partyMarkers).flat().map(plain),
  ];
  return pools.flatMap((pool) => pool.slice(0, 12)).filter((w) => w.length > 0);
}

describe.each(LANGUAGES.map((lang) => [lang]))('engine properties in %s', (lang) => {
  const pieces = [...wordsOf(lang), ...HOSTILE];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(' '));

  it('has words of its own to test with', () => {
    expect(pieces.length).toBeGreaterThan(HOSTILE.length + 5);
  });

  it('never throws and slices its offsets exactly', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of extractFigures(t, { lang })) {
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(t.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
          expect(f.start).toBeGreaterThanOrEqual(f.sentenceStart);
          expect(f.end).toBeLessThanOrEqual(f.sentenceStart + f.sentence.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
