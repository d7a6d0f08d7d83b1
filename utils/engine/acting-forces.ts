/**
 * "Azerbaijani forces destroyed 12 Armenian tanks, the ministry said": a bare role with no speaker
 * to stand for speaks for the forces its own sentence has striking the enemy (Lexicon grammar
 * actingForces), as a ministry reports its own army's gains. Losses it inflicts on civilians are
 * no such report (the other side's ministry accuses), so the grammar names only combat verbs.
 * "The army destroyed three Armenian tanks, the ministry said": forces named with no party are
 * the ones striking the party their target names (unnamedForcesTarget), so they are its other side.
 */
import type { CompiledPack } from './compiled-pack';
import { hasMatch } from './side-phrases';
import type { Party } from './types';

/** The one party `words` name, or null when they name none, several, or a third party. */
function soleParty(pack: CompiledPack, words: string): Party | null {
  let found: Party | null = null;
  for (const { party, pattern } of pack.partyMarkers) {
    if (!hasMatch(pattern, words)) continue;
    if (party === 'other' || (found !== null && found !== party)) return null;
    found = party;
  }
  return found;
}

/** The one party whose forces act in `sentence` (actingForces' group 1, or the other side of an unnamed force's target), or null. */
export function actingForcesParty(pack: CompiledPack, sentence: string): Party | null {
  const words = pack.grammar.actingForces?.exec(sentence)?.[1];
  const named = words ? soleParty(pack, words) : null;
  if (named) return named;
  const target = pack.grammar.unnamedForcesTarget?.exec(sentence)?.[1];
  const struck = target ? soleParty(pack, target) : null;
  if (struck === 'AZ') return 'ARM';
  return struck === 'ARM' || struck === 'NK' ? 'AZ' : null;
}
