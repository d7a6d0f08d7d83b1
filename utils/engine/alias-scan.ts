/**
 * Every claimant alias of a pack in one or two regexes (case-sensitive acronyms apart), so
 * naming a speaker costs one scan of the phrase instead of one per alias: on text dense with
 * attributions that was a third of the engine's time.
 */
import type { CompiledAlias } from './compiled-pack';
import { captureCount } from './regex-source';
import type { ClaimantSpec } from './topic-pack';

interface Scan {
  regex: RegExp;
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
    return {
      regex: new RegExp(`${start}(?:${list.map((alias) => `(${alias.inner})`).join('|')})${end}`, flags),
      claimants: list.map((alias) => alias.claimant),
      groupOf,
    };
  });
}

/** The alias that starts first in `text` (the earlier-listed one at the same place), or null. */
export function firstAlias(scan: AliasScan, text: string): { index: number; claimant: ClaimantSpec } | null {
  let best: { index: number; claimant: ClaimantSpec } | null = null;
  for (const { regex, claimants, groupOf } of scan) {
    const m = regex.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    for (let k = 0; k < groupOf.length; k++) {
      if (m[groupOf[k] as number] === undefined) continue;
      const claimant = claimants[k];
      if (claimant) best = { index: m.index, claimant };
      break;
    }
  }
  return best;
}
