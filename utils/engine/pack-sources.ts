/**
 * How a pack's word lists become regex sources: the word boundaries of each script (ASCII ones for
 * the English pack, as tuned; Unicode ones for every other), and alternations written so V8 scans
 * them fast (regex-first.ts) while they match exactly what the plain join matches.
 */
import { joinSources, sourceBranches } from './open-stems';
import { groupedByFirstChar, isOneBranch } from './regex-first';
import { phraseBranches } from './topic-pack';

/** Word boundaries: ASCII ones for the English pack (as tuned), Unicode ones for every script. */
export interface Bounds {
  flags: string;
  start: string;
  end: string;
  /** Boundaries that also refuse a hyphen ("Armenia" inside "pro-Armenia"). */
  startStrict: string;
  endStrict: string;
  /** Turns a list of words into one alternation source. */
  phrases(list: string[]): string;
  /** Turns a list of regex sources into one alternation source. */
  sources(list: readonly string[]): string;
  /**
   * A plain word boundary put before a strict start when every match starts with a word character:
   * it means the same there, and V8 skips non-boundaries before trying the look-behind.
   */
  wordStart: string;
}

export const ASCII: Bounds = {
  flags: '',
  start: '\\b',
  end: '\\b',
  startStrict: '(?<![\\w-])',
  endStrict: '(?![\\w-])',
  phrases: (list) => groupedByFirstChar(phraseBranches(list)),
  sources: (list) => groupedByFirstChar(sourceBranches(list)),
  wordStart: '\\b',
};

export const UNICODE: Bounds = {
  flags: 'u',
  start: '(?<![\\p{L}\\p{M}\\p{N}_])',
  end: '(?![\\p{L}\\p{M}\\p{N}_])',
  startStrict: '(?<![\\p{L}\\p{M}\\p{N}_-])',
  endStrict: '(?![\\p{L}\\p{M}\\p{N}_-])',
  // Lexicon entries are regex sources already; a space stands for any run of spaces.
  phrases: (list) => joinSources(list.map((s) => s.replace(/ +/g, '\\s+'))),
  sources: joinSources,
  wordStart: '',
};

/** A pattern that never matches, for an empty word list. */
export const NEVER = '(?!)';

export function alternation(source: string): string {
  return source === '' ? NEVER : source;
}

/**
 * One alternation of regex sources. When each starts with a word boundary, the boundary is tested
 * once before them all: V8 then skips most positions at once (measured 3.7× faster on era cues).
 */
export function anyOf(list: string[]): string {
  if (list.length === 0) return NEVER;
  const hoist = list.every(
    (source) => source.startsWith('\\b') && !/^\\b[*+?{]/.test(source) && isOneBranch(source),
  );
  return hoist ? `\\b(?:${list.map((source) => source.slice(2)).join('|')})` : `(?:${list.join('|')})`;
}
