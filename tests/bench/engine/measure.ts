/**
 * The measuring pieces every engine bench shares: the text built to a size, the paired runs of a
 * floor and a pass, and the floor of a language (digits and its number words).
 */
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../../utils/engine/analyze';
import { foreignLexicon } from '../../../utils/engine/lexicons';
import { LANGUAGE_SAMPLES } from './language-samples';

export const MB = 1024 * 1024;

export interface BenchRow {
  name: string;
  target: number;
  ms: number;
  floorMs: number;
  ratio: number;
}

export function repeatTo(text: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n').slice(0, bytes);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Runs the floor and the pass alternately, so both see the same machine load, and reports the
 * median time of each and the median of the paired ratios.
 */
export function paired(floor: () => unknown, pass: () => unknown, runs = 15) {
  for (let i = 0; i < 3; i++) {
    floor();
    pass();
  }
  const floorMs: number[] = [];
  const passMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    floor();
    const f = performance.now() - t0;
    t0 = performance.now();
    pass();
    const p = performance.now() - t0;
    floorMs.push(f);
    passMs.push(p);
    ratios.push(p / f);
  }
  return { ms: median(passMs), floorMs: median(floorMs), ratio: median(ratios) };
}

/** The floor in another language: digits and that language's number words. */
export function languageFloor(lang: string): RegExp {
  const words = Object.keys(foreignLexicon(lang)?.numbers?.words ?? {})
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\d+${words.length ? `|(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])` : ''}`, 'giu');
}

export function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** A language's 1 MB texts: coverage at news density (one figure per ~400 characters) and look-alike news. */
export function languageTexts(lang: string): { article: string; coverage: string; other: string } {
  const sample = LANGUAGE_SAMPLES[lang];
  if (!sample) throw new Error(`no bench sample for language ${lang}`);
  // Each block of figures comes with three paragraphs of background (the English seed text has
  // one figure per 590 characters).
  const article = [sample.coverage, sample.background, sample.background, sample.background].join('\n');
  return { article, coverage: repeatTo(article, MB), other: repeatTo(sample.other, MB) };
}

/** What a reader waits for on one page: median over runs of the mean time per article. */
export function msPerArticle(articles: string[], lang?: string, runs = 7): number {
  const means: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t0 = performance.now();
    for (const text of articles) analyzeDocument({ text, lang });
    if (r >= 2) means.push((performance.now() - t0) / articles.length);
  }
  return median(means);
}

export interface LanguageMeasure {
  lang: string;
  figures: number;
  coverage: boolean;
  articleMs: number;
  articleChars: number;
  rows: BenchRow[];
}

/** One language's rows: its 1 MB look-alike and coverage passes against its floor, and one article. */
export function measureLanguage(lang: string): LanguageMeasure {
  const floor = languageFloor(lang);
  const { article, coverage, other } = languageTexts(lang);
  const analysed = analyzeDocument({ text: coverage, lang });
  return {
    lang,
    figures: analysed.figures.length,
    coverage: analysed.coverage.isCoverage,
    articleMs: msPerArticle([article], lang),
    articleChars: article.length,
    rows: [
      {
        name: `${lang}: full extraction, 1 MB non-coverage`,
        target: 2,
        ...paired(
          () => countMatches(floor, other),
          () => analyzeDocument({ text: other, lang }),
          9,
        ),
      },
      {
        name: `${lang}: full extraction, 1 MB coverage`,
        target: 20,
        ...paired(
          () => countMatches(floor, coverage),
          () => analyzeDocument({ text: coverage, lang }),
          5,
        ),
      },
    ],
  };
}
