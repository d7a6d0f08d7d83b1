/**
 * Every claimant alias of a pack in one or two regexes (case-sensitive acronyms apart), so
 * naming a speaker costs one scan of the phrase instead of one per alias: on text dense with
 * attributions that was a third of the engine's time.
 */
import type { CompiledAlias } from './compiled-pack';
import type { ClaimantSpec } from './topic-pack';

interface Scan {
  regex: RegExp;
  claimants: ClaimantSpec[];
}

export type AliasScan = Scan[];

/**
 * Groups aliases by their regex flags; each alias becomes a named group `a<index>` inside one
 * pair of word boundaries (tested once per position, not once per alias).
 */
export function compileAliasScan(aliases: CompiledAlias[], start: string, end: string): AliasScan {
  const byFlags = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) {
    const flags = alias.pattern.flags.replace('g', '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), alias]);
  }
  return [...byFlags].map(([flags, list]) => ({
    regex: new RegExp(
      `${start}(?:${list.map((alias, i) => `(?<a${i}>${alias.inner})`).join('|')})${end}`,
      flags,
    ),
    claimants: list.map((alias) => alias.claimant),
  }));
}

/** The alias that starts first in `text` (the earlier-listed one at the same place), or null. */
export function firstAlias(scan: AliasScan, text: string): { index: number; claimant: ClaimantSpec } | null {
  let best: { index: number; claimant: ClaimantSpec } | null = null;
  for (const { regex, claimants } of scan) {
    const m = regex.exec(text);
    if (!m?.groups || (best && m.index >= best.index)) continue;
    for (const [name, value] of Object.entries(m.groups)) {
      if (value === undefined || name[0] !== 'a') continue;
      const claimant = claimants[Number(name.slice(1))];
      if (claimant) best = { index: m.index, claimant };
      break;
    }
  }
  return best;
}
