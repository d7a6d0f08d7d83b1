/**
 * "Azerbaijani forces destroyed 12 Armenian tanks, the ministry said": a bare role with no speaker
 * to stand for speaks for the forces its own sentence has striking the enemy (Lexicon grammar
 * actingForces), as a ministry reports its own army's gains. Losses it inflicts on civilians are
 * no such report (the other side's ministry accuses), so the grammar names only combat verbs.
 */
import type { CompiledPack } from './compiled-pack';
import { hasMatch } from './side-phrases';
import type { Party } from './types';

/** The one party whose forces act in `sentence` (actingForces' group 1), or null. */
export function actingForcesParty(pack: CompiledPack, sentence: string): Party | null {
  const words = pack.grammar.actingForces?.exec(sentence)?.[1];
  if (!words) return null;
  let found: Party | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    if (!hasMatch(pattern, words)) continue;
    if (party === 'other' || (found !== null && found !== party)) return null;
    found = party;
  }
  return found;
}
