/**
 * "Azerbaijan lost, it acknowledged on Friday, 13 soldiers": a pronoun speaking in an aside, with
 * no speaker before it in the sentence, stands for the party the sentence opens with, the subject
 * the aside interrupts. A sentence opening with anything else ("Two Armenian soldiers died, it
 * said, …") leaves the pronoun to earlier sentences. The words are the language's (Lexicon grammar
 * asidePronoun, asideOpening).
 */
import { claimantFor } from './claimants';
import type { CompiledPack } from './compiled-pack';
import { hasMatch } from './side-phrases';
import type { ClaimantSpec } from './topic-pack';

/** The claimant an aside's pronoun at `verbAt` stands for, or null. */
export function pronounAsideClaimant(
  pack: CompiledPack,
  sentence: string,
  verbAt: number,
): ClaimantSpec | null {
  const { asidePronoun, asideOpening } = pack.grammar;
  if (!asidePronoun || !asideOpening) return null;
  const before = sentence.slice(0, verbAt);
  const pronoun = asidePronoun.exec(before);
  if (!pronoun) return null;
  const opening = asideOpening.exec(before);
  if (!opening || opening[0].length !== pronoun.index + 1) return null;
  const word = opening[1] as string;
  for (const { party, pattern } of pack.partyMarkers) {
    if (party === 'other' || !hasMatch(pattern, word)) continue;
    return claimantFor(pack, party, null);
  }
  return null;
}
