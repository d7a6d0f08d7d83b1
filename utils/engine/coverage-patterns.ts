/**
 * Compiles the coverage part of a topic pack into a few regexes, once per pack.
 * Pack patterns are written in plain ASCII; compilation makes them tolerant of
 * diacritics (Karabag also finds Karabağ, Xankendi finds Xankəndi) and of text in
 * decomposed Unicode form, so the pack never has to spell out accented variants.
 */
import type {
  CoverageNegativeGroupSpec,
  CoveragePairSpec,
  CoverageScoringSpec,
  CoverageTermSpec,
  NegativeCueSpec,
  TopicPackData,
} from './topic-pack';

/** Accented forms each Latin letter also matches (Azerbaijani, Turkish, Armenian transliterations, European languages). */
const LETTER_VARIANTS: Record<string, string> = {
  a: 'àáâãäåāăąə',
  c: 'çćčĉċ',
  d: 'ďđ',
  e: 'èéêëēĕėęěə',
  g: 'ğĝġģǧ',
  h: 'ĥħ',
  i: 'ìíîïīĭįıİ',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺļľŀł',
  n: 'ñńņňŉ',
  o: 'òóôõöøōŏő',
  r: 'ŕŗř',
  s: 'śŝşšș',
  t: 'ţťŧț',
  u: 'ùúûüũūŭůűų',
  y: 'ýÿŷ',
  z: 'źżž',
};

/** Combining marks that may follow a letter in decomposed (NFD) text. */
const COMBINING_MARKS = '\\p{Mn}*';

/** A folded letter followed by one of these needs a group, or the quantifier would bind to the marks. */
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

/** Letter or digit boundaries that also work next to non-ASCII letters (\b does not). */
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

export const DEFAULT_SCORING: CoverageScoringSpec = {
  titleFactor: 1.5,
  urlFactor: 1,
  countCap: 2,
  contextCap: 6,
  strongCore: 10,
  spread: { id: 'spread', weightPerPlace: 1.5, maxPlaces: 4, placeChars: 800 },
  density: { id: 'density', weight: 2, fullPerThousand: 8, minWords: 100 },
  passing: { id: 'passing_mention', minWords: 150, maxSpanChars: 400, factor: 0.4 },
};

/** Length of the escape sequence starting at `i` (source[i] is a backslash). */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
    const close = source.indexOf('}', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next === 'k' && source[i + 2] === '<') {
    const close = source.indexOf('>', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  return 2;
}

/**
 * Rewrites a pattern so Latin letters also match their accented forms, and turns
 * capturing groups into non-capturing ones (the compiled scan owns the groups).
 */
export function foldPattern(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const len = escapeLength(source, i);
      out += source.slice(i, i + len);
      i += len;
    } else if (ch === '[') {
      let extra = '';
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          j += escapeLength(source, j);
          continue;
        }
        extra += LETTER_VARIANTS[(source[j] as string).toLowerCase()] ?? '';
        j++;
      }
      out += `${source.slice(i, j)}${extra}]`;
      i = j + 1;
    } else if (ch === '{') {
      const close = source.indexOf('}', i);
      const end = close < 0 ? i + 1 : close + 1;
      out += source.slice(i, end);
      i = end;
    } else if (ch === '(') {
      if (source[i + 1] !== '?') {
        out += '(?:';
        i += 1;
      } else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i);
        out += '(?:';
        i = close < 0 ? i + 3 : close + 1;
      } else {
        const head = source[i + 2] === '<' ? 4 : 3;
        out += source.slice(i, i + head);
        i += head;
      }
    } else {
      const variants = LETTER_VARIANTS[ch.toLowerCase()];
      if (!variants) out += ch;
      else if (QUANTIFIER_START.has(source[i + 1] ?? '')) out += `(?:[${ch}${variants}]${COMBINING_MARKS})`;
      else out += `[${ch}${variants}]${COMBINING_MARKS}`;
      i += 1;
    }
  }
  return out;
}

/** A pattern that compiles on its own, or null (a broken pack entry is skipped, never thrown). */
function safeSource(pattern: unknown): string | null {
  if (typeof pattern !== 'string' || pattern.length === 0) return null;
  try {
    const folded = foldPattern(pattern);
    new RegExp(folded, 'iu');
    return folded;
  } catch {
    return null;
  }
}

export interface CompiledScan<Spec> {
  /** Global scan; capture group k + 1 holds a match of specs[k]. */
  regex: RegExp | null;
  specs: Spec[];
}

function compileScan<Spec extends { pattern: string }>(specs: Spec[]): CompiledScan<Spec> {
  const kept: Spec[] = [];
  const groups: string[] = [];
  for (const spec of specs) {
    const source = safeSource(spec.pattern);
    if (source === null) continue;
    kept.push(spec);
    groups.push(`(${source})`);
  }
  if (groups.length === 0) return { regex: null, specs: kept };
  return { regex: new RegExp(`${BOUNDARY_BEFORE}(?:${groups.join('|')})${BOUNDARY_AFTER}`, 'giu'), specs: kept };
}

export interface CompiledCoverage {
  threshold: number;
  scoring: CoverageScoringSpec;
  /** The cheap first test: any core term anywhere, no boundaries (a superset of the core scan). */
  gate: RegExp | null;
  core: CompiledScan<CoverageTermSpec>;
  context: CompiledScan<CoverageTermSpec>;
  negative: CompiledScan<NegativeCueSpec>;
  pairs: CoveragePairSpec[];
  groups: Map<string, CoverageNegativeGroupSpec>;
}

const cache = new WeakMap<TopicPackData, CompiledCoverage>();

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function mergeScoring(partial: Partial<CoverageScoringSpec> | undefined): CoverageScoringSpec {
  const given = partial ?? {};
  return {
    ...DEFAULT_SCORING,
    ...given,
    spread: { ...DEFAULT_SCORING.spread, ...given.spread },
    density: { ...DEFAULT_SCORING.density, ...given.density },
    passing: { ...DEFAULT_SCORING.passing, ...given.passing },
  };
}

/** Compiles (or returns the cached compilation of) a pack's coverage rules. */
export function compileCoverage(pack: TopicPackData): CompiledCoverage {
  const cached = cache.get(pack);
  if (cached) return cached;
  const spec = pack.coverage;
  const core = compileScan(list(spec?.core));
  const gateSources = core.specs.map((term) => safeSource(term.pattern) as string);
  const compiled: CompiledCoverage = {
    threshold: typeof spec?.threshold === 'number' ? spec.threshold : 6,
    scoring: mergeScoring(spec?.scoring),
    gate: gateSources.length > 0 ? new RegExp(gateSources.join('|'), 'iu') : null,
    core,
    context: compileScan(list(spec?.context)),
    negative: compileScan(list(spec?.negative)),
    pairs: list(spec?.pairs),
    groups: new Map(list(spec?.negativeGroups).map((group) => [group.id, group])),
  };
  cache.set(pack, compiled);
  return compiled;
}
