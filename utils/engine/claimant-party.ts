/**
 * The party a claimant phrase names ("Armenia's defence ministry", "Минобороны Армении" -> ARM),
 * as the engine's own claimant resolution reads it, in the phrase's language. Used to score hand
 * labels, whose claimants are free text.
 */
import { resolveClaimantPhrase } from './claimants';
import { compilePack } from './compiled-pack';
import { detectLanguage } from './language';
import { foreignLexicon } from './lexicons';
import { defaultPackData } from './topic-pack';
import type { Party } from './types';

export function claimantPartyOf(phrase: string, lang?: string): Party | null {
  const language = detectLanguage(phrase, lang);
  const pack = compilePack(defaultPackData, foreignLexicon(language));
  const { claimant } = resolveClaimantPhrase(pack, phrase);
  if (claimant || language === 'en') return claimant?.party ?? null;
  return resolveClaimantPhrase(compilePack(defaultPackData), phrase).claimant?.party ?? null;
}
