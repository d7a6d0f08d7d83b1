/**
 * Every claimant alias of a pack in one or two regexes (case-sensitive acronyms apart), so
 * naming a speaker costs one scan of the phrase instead of one per alias: on text dense with
 * attributions that was a third of the engine's time.
 */
import type { CompiledAlias } from './compiled-pack';
import { captureCount } from './regex-source';
import { trieAlternation } from './regex-trie';
import type { ClaimantSpec } from './topic-pack';

interface Scan {
  /**
   * Where the first alias starts: the aliases without a group each, grouped by first letter where
   * case does not matter, so a place is tried only with the aliases that can start there (a group
   * per alias made every place try them all: 4× the time on speaker phrases that name none).
   */
  find: RegExp;
  /** Sticky, a group per alias, tried where `find` matched: the first listed alias that matches there. */
  which: RegExp;
  claimants: ClaimantSpec[];
  /** The capture group number of each alias (claimants[k] is named by group groupOf[k]). */
  groupOf: number[];
}

export type AliasScan = Scan[];

/**
 * Groups aliases by their regex flags; each alias becomes a capture group inside one pair of word
 * boundaries (tested once per position, not once per alias). Numbered, not named: a regex with
 * named groups builds an object of every name on each match (3× the cost of the match itself).
 */
export function compileAliasScan(aliases: CompiledAlias[], start: string, end: string): AliasScan {
  const byFlags = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) {
    byFlags.set(alias.flags, [...(byFlags.get(alias.flags) ?? []), alias]);
  }
  const ahead = captureCount(start);
  return [...byFlags].map(([flags, list]) => {
    const groupOf: number[] = [];
    let group = ahead + 1;
    for (const alias of list) {
      groupOf.push(group);
      group += 1 + captureCount(alias.inner);
    }
    const inners = list.map((alias) => alias.inner);
    // A trie of the aliases' leading letters (regex-trie.ts): a place tries one branch per letter.
    const any = trieAlternation(inners, flags.includes('i'));
    return {
      find: new RegExp(`${start}(?:${any})${end}`, flags),
      which: new RegExp(`${start}(?:${inners.map((inner) => `(${inner})`).join('|')})${end}`, `${flags}y`),
      claimants: list.map((alias) => alias.claimant),
      groupOf,
    };
  });
}

/** The alias that starts first in `text` (the earlier-listed one at the same place), or null. */
export function firstAlias(scan: AliasScan, text: string): { index: number; claimant: ClaimantSpec } | null {
  let best: { index: number; claimant: ClaimantSpec } | null = null;
  for (const { find, which, claimants, groupOf } of scan) {
    // The first place any alias matches is the first place their alternation matches.
    const at = find.exec(text)?.index;
    if (at === undefined || (best && at >= best.index)) continue;
    which.lastIndex = at;
    const m = which.exec(text);
    if (!m) continue;
    for (let k = 0; k < groupOf.length; k++) {
      if (m[groupOf[k] as number] === undefined) continue;
      const claimant = claimants[k];
      if (claimant) best = { index: m.index, claimant };
      break;
    }
  }
  return best;
}

/** Patterns of the same flags joined as one scan, a group each (compileFirstOf). */
export interface FirstOfScan {
  regex: RegExp;
  /** The capture group number of each pattern's own group. */
  groupOf: number[];
}

/**
 * One scan for the pattern whose match starts first (the earlier listed at one place, as the
 * alternation tries them in order): one regex call instead of one per pattern. Null when the
 * flags differ or a source names its own groups (a backreference or a named group would clash).
 */
export function compileFirstOf(patterns: readonly RegExp[]): FirstOfScan | null {
  const flags = patterns[0]?.flags;
  if (flags === undefined || patterns.some((p) => p.flags !== flags || /\\[1-9k]|\(\?<[^=!]/.test(p.source)))
    return null;
  const groupOf: number[] = [];
  let group = 1;
  for (const pattern of patterns) {
    groupOf.push(group);
    group += 1 + captureCount(pattern.source);
  }
  const source = patterns.map((p) => `(${p.source})`).join('|');
  return { regex: new RegExp(source, flags.replace(/[gy]/g, '')), groupOf };
}

/** Which pattern of a compileFirstOf scan matches first in `text`, and where; null when none does. */
export function firstOf(scan: FirstOfScan, text: string): { k: number; index: number; end: number } | null {
  const m = scan.regex.exec(text);
  if (!m) return null;
  for (let k = 0; k < scan.groupOf.length; k++)
    if (m[scan.groupOf[k] as number] !== undefined) return { k, index: m.index, end: m.index + m[0].length };
  return null;
}
