/**
 * The party a claimant phrase names ("Armenia's defence ministry" -> ARM), as the engine's own
 * claimant resolution reads it. Used to score hand labels, whose claimants are free text.
 */
import { resolveClaimantPhrase } from './claimants';
import { compilePack } from './compiled-pack';
import { defaultPackData } from './topic-pack';
import type { Party } from './types';

export function claimantPartyOf(phrase: string): Party | null {
  const { claimant } = resolveClaimantPhrase(compilePack(defaultPackData), phrase);
  return claimant?.party ?? null;
}
