/**
 * "Azerbaijan lost, it acknowledged on Friday, 13 soldiers": a pronoun speaking in an aside, with
 * no speaker before it in the sentence, stands for the party the sentence opens with, the subject
 * the aside interrupts. A sentence opening with anything else ("Two Armenian soldiers died, it
 * said, …") leaves the pronoun to earlier sentences.
 */
import { claimantFor } from './claimants';
import type { CompiledPack } from './compiled-pack';
import { hasMatch } from './side-phrases';
import type { ClaimantSpec } from './topic-pack';

/** The pronoun right after the aside's opening comma, up to the verb. */
const PRONOUN_AFTER_COMMA = /,\s*(?:it|they)\s+(?:\p{Ll}+\s+)?$/iu;
/** The party word opening a sentence, and the rest of its subject up to the clause's first comma. */
const OPENING_WORDS = /^(?:the\s+)?([\p{L}'’-]+)[^,]*,/u;

/** The claimant an aside's pronoun at `verbAt` stands for, or null. */
export function pronounAsideClaimant(
  pack: CompiledPack,
  sentence: string,
  verbAt: number,
): ClaimantSpec | null {
  const before = sentence.slice(0, verbAt);
  const pronoun = PRONOUN_AFTER_COMMA.exec(before);
  if (!pronoun) return null;
  const opening = OPENING_WORDS.exec(before);
  if (!opening || opening[0].length !== pronoun.index + 1) return null;
  const word = opening[1] as string;
  for (const { party, pattern } of pack.partyMarkers) {
    if (party === 'other' || !hasMatch(pattern, word)) continue;
    return claimantFor(pack, party, null);
  }
  return null;
}
