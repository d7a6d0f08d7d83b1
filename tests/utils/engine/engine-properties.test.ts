/**
 * Properties over random, malformed and huge inputs: the engine never throws,
 * and every offset it reports slices exactly the text it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/engine/analyze';
import { extractFigures } from '../../../utils/engine/figures';
import { isPeriod } from '../../../utils/engine/period';

const PIECES = [
  'Armenia',
  'Azerbaijan',
  'Nagorno-Karabakh',
  'said',
  'claimed',
  'It also claims',
  'according to the defence ministry',
  'shot down',
  'destroyed',
  'killed',
  'wounded',
  'at least',
  'more than',
  'about',
  'dozens of',
  'two',
  'twenty-five',
  'a',
  'one of its',
  '30,000',
  '1.5 million',
  'helicopters',
  'drones',
  'tanks',
  'civilians',
  'soldiers',
  'villages',
  'in 1994',
  'on 27 September',
  'since 31 February',
  'yesterday',
  'on Friday',
  'so far',
  'from 5 to 2 April',
  'Su-25',
  '.',
  ',',
  '\n',
  '“',
  '”',
  '\u0000',
  '\uD800',
  '🚁',
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' '));

function checkOffsets(text: string) {
  for (const f of extractFigures(text, { publishedDate: '2020-10-11' })) {
    // A period is unknown or a real one in the notation: never an impossible day or span.
    if (f.period !== null) expect(isPeriod(f.period), f.period).toBe(true);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    expect(f.start).toBeGreaterThanOrEqual(f.sentenceStart);
    expect(f.end).toBeLessThanOrEqual(f.sentenceStart + f.sentence.length);
  }
}

describe('engine properties', () => {
  it('never throws on arbitrary strings and slices its offsets exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkOffsets(text);
        analyzeDocument({ text, title: text.slice(0, 20), url: text });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on news-like word salad and slices its offsets exactly', () => {
    fc.assert(
      fc.property(newsLike, (text) => checkOffsets(text)),
      { numRuns: 500 },
    );
  });

  it('survives malformed input types without throwing', () => {
    for (const bad of [undefined, null, 42, {}, []] as unknown[]) {
      expect(extractFigures(bad as string)).toEqual([]);
    }
  });

  it('handles 1 MB inputs of repeated figures and of pathological characters', () => {
    const figureText =
      'Azerbaijan said it shot down 2 Armenian drones, 3 tanks and dozens of soldiers. '.repeat(13_000);
    const figures = extractFigures(figureText);
    expect(figures.length).toBeGreaterThan(30_000);
    checkOffsets(figureText.slice(0, 5_000));
    const junk = `${'1,'.repeat(200_000)}${'a '.repeat(200_000)}${'-'.repeat(200_000)}`;
    expect(() => analyzeDocument({ text: junk })).not.toThrow();
    expect(() => extractFigures(junk)).not.toThrow();
  });
});
