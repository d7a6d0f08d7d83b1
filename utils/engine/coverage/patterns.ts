/**
 * Compiles the coverage part of a topic pack into a few regexes, once per pack,
 * and scans texts with them. Patterns are plain ASCII; see fold.ts for
 * how accented spellings (Karabağ, Xankəndi) still match.
 */

import { factorLetterTails, letterTail, tailRuns } from '../regex-factor';
import { firstCharLookahead, isOneBranch } from '../regex-first';
import type {
  CoverageNegativeGroupSpec,
  CoveragePairSpec,
  CoverageScoringSpec,
  CoverageTermSpec,
  NegativeCueSpec,
  TopicPackData,
} from '../topic-pack';
import { rewritePattern } from './fold';

/** Trailing letter/digit boundary that also works after non-ASCII letters (\b does not). */
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Leading boundary against the common case, an ASCII letter or digit before (scanned text is
 * lower-cased). A full \p{L} lookbehind at every position made the scans several times slower;
 * matches after a non-ASCII letter are caught by scanHits instead.
 */
const ASCII_BOUNDARY_BEFORE = '(?<![a-z0-9])';

/** Letter or digit, any script: a match right after one starts mid-word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * What a context term tells about the war (war.ts); absent = plain support. `front`: military
 * vocabulary only this war uses (its line of contact), a place of the war as well.
 */
export type CueRole = 'party' | 'place' | 'war' | 'front' | 'enemy' | 'toll';

export interface CoverageCueSpec extends CoverageTermSpec {
  role?: CueRole;
  /** The party a term names or stands for (Yerevan, Aliyev): two sides make a war report. */
  side?: 'ARM' | 'AZ';
}

export interface CoverageScoring extends CoverageScoringSpec {
  /** A text without the region's name that reports the fighting (war.ts). */
  unnamed: { id: string; weight: number; minWar: number };
}

export const DEFAULT_SCORING: CoverageScoring = {
  unnamed: { id: 'armenia_azerbaijan_war', weight: 2, minWar: 2 },
  titleFactor: 1.5,
  urlFactor: 1,
  countCap: 2,
  contextCap: 6,
  strongCore: 10,
  spread: { id: 'spread', weightPerPlace: 1.5, maxPlaces: 4, placeChars: 800 },
  density: { id: 'density', weight: 2, fullPerThousand: 8, minWords: 100 },
  passing: { id: 'passing_mention', minWords: 150, maxSpanChars: 400, factor: 0.4 },
};

/** A pattern rewritten for folded text, or null when it is no pattern or cannot be rewritten. */
function rewrittenSource(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || pattern.length === 0) return null;
  try {
    return rewritePattern(pattern, false);
  } catch {
    return null;
  }
}

/** Whether a source compiles on its own. */
function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export interface CompiledScan<Spec> {
  /** Global scan of folded text (foldText); capture group k + 1 holds a match of specs[k]. */
  regex: RegExp | null;
  specs: Spec[];
  /** Each spec's pattern as the scan holds it (own-language.ts matches a few of them again). */
  sources: string[];
}

function scanOf<Spec>(kept: { spec: Spec; source: string }[], skipByFirstChar: boolean): CompiledScan<Spec> {
  if (kept.length === 0) return { regex: null, specs: [], sources: [] };
  const alternation = tailRuns(
    kept.map(({ source }) => factorLetterTails(source)),
    (body) => (isOneBranch(body) ? body : ''),
  )
    .map(({ items, tail }) =>
      tail === null || items.length === 1
        ? items.map((body) => `(${body})`).join('|')
        : `(?:${items.map((body) => `(${letterTail(body)?.head ?? body})`).join('|')})${tail}`,
    )
    .join('|');
  const first = skipByFirstChar ? (firstCharLookahead(alternation) ?? '') : '';
  return {
    regex: new RegExp(`${first}${ASCII_BOUNDARY_BEFORE}(?:${alternation})${BOUNDARY_AFTER}`, 'gu'),
    specs: kept.map(({ spec }) => spec),
    sources: kept.map(({ source }) => source),
  };
}

/**
 * One scan for a pack's patterns; a broken entry is skipped, never thrown. The patterns are
 * compiled together first and one by one only when that fails: parsing each alone cost the first
 * page after the background starts about a tenth of its engine time (each letter class `\p{L}`
 * is a Unicode table lookup per parse).
 */
function compileScan<Spec extends { pattern: string }>(
  specs: Spec[],
  skipByFirstChar = false,
): CompiledScan<Spec> {
  const kept: { spec: Spec; source: string }[] = [];
  for (const spec of specs) {
    const source = rewrittenSource(spec.pattern);
    if (source !== null) kept.push({ spec, source });
  }
  try {
    return scanOf(kept, skipByFirstChar);
  } catch {
    return scanOf(
      kept.filter(({ source }) => compiles(source)),
      skipByFirstChar,
    );
  }
}

export interface Hit {
  /** Index into the scan's specs. */
  spec: number;
  start: number;
  end: number;
}

/** Whether the character ending at `end` (exclusive) is a letter or digit. */
function wordCharBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const code = text.charCodeAt(end - 1);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff && end >= 2;
  return WORD_CHAR.test(isLowSurrogate ? text.slice(end - 2, end) : (text[end - 1] as string));
}

/** End of the word run holding `index`: no match can start inside it. */
function wordEnd(text: string, index: number): number {
  let i = index + 1;
  while (i < text.length && wordCharBefore(text, i + 1)) i++;
  return i;
}

/** All matches of a scan, in order, each starting at a word start (see ASCII_BOUNDARY_BEFORE). */
export function scanHits<Spec>(scan: CompiledScan<Spec>, text: string): Hit[] {
  const regex = scan.regex;
  if (regex === null || text === '') return [];
  const hits: Hit[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    if (wordCharBefore(text, match.index)) {
      // Skipping the rest of the word keeps this linear: retrying at every letter of a
      // long run could rescan the run once per letter.
      regex.lastIndex = wordEnd(text, match.index);
      continue;
    }
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    hits.push({ spec: group - 1, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

export interface CompiledCoverage {
  threshold: number;
  scoring: CoverageScoring;
  core: CompiledScan<CoverageTermSpec>;
  context: CompiledScan<CoverageCueSpec>;
  negative: CompiledScan<NegativeCueSpec>;
  pairs: CoveragePairSpec[];
  groups: Map<string, CoverageNegativeGroupSpec>;
}

const cache = new WeakMap<TopicPackData, CompiledCoverage>();

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function mergeScoring(partial: Partial<CoverageScoring> | undefined): CoverageScoring {
  const given = partial ?? {};
  return {
    ...DEFAULT_SCORING,
    ...given,
    spread: { ...DEFAULT_SCORING.spread, ...given.spread },
    density: { ...DEFAULT_SCORING.density, ...given.density },
    passing: { ...DEFAULT_SCORING.passing, ...given.passing },
    unnamed: { ...DEFAULT_SCORING.unnamed, ...given.unnamed },
  };
}

/** Whether a term of the given languages is read on a page of `lang` (null: every language). */
export function appliesTo(spec: { langs?: string[] }, lang: string | null): boolean {
  return lang === null || !Array.isArray(spec.langs) || spec.langs.some((l) => l.toLowerCase() === lang);
}

/** Compiles (or returns the cached compilation of) a pack's coverage rules. */
export function compileCoverage(pack: TopicPackData): CompiledCoverage {
  const cached = cache.get(pack);
  if (cached) return cached;
  const spec = pack.coverage;
  const core = compileScan(list(spec?.core));
  const compiled: CompiledCoverage = {
    threshold: typeof spec?.threshold === 'number' ? spec.threshold : 6,
    scoring: mergeScoring(spec?.scoring),
    core,
    // The context scan skips positions where no term can start (regex-first.ts): measured on
    // 256 kB of English, faster with V8's regex optimisations and without; the core and look-alike
    // scans were slower with it when V8 optimises. (Finding the terms with a copy of this scan
    // without its ~150 capture groups was faster still, but its regex code pushed the isolate past
    // V8's regex budget one language earlier: German 113–160 → 230–460 ms per MB.)
    context: compileScan(list(spec?.context as CoverageCueSpec[] | undefined), true),
    negative: compileScan(list(spec?.negative)),
    pairs: list(spec?.pairs),
    groups: new Map(list(spec?.negativeGroups).map((group) => [group.id, group])),
  };
  cache.set(pack, compiled);
  return compiled;
}
