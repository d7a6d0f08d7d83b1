/**
 * The party of a label's claimant, read as a reader of the article would. Most labels name a
 * claimant the lexicon places alone ("Armenia's defence ministry"); two classes need the article:
 * - "the country's Health Ministry": the country the claim's sentence or the two before it name,
 *   when they name only one side's country;
 * - "Colonel Victor Arstamyan": a name whose own sentence gives the role before it ("the chief of
 *   the … Nagorno-Karabakh Republic Colonel …").
 * Used by the eval command only, to score the engine's claimant party; the engine never reads labels.
 */
import { claimantPartyOf } from '../../engine/claimant-party';
import { compilePack } from '../../engine/compiled-pack';
import { detectLanguage } from '../../engine/language';
import { foreignLexicon } from '../../engine/lexicons';
import { defaultPackData } from '../../engine/topic-pack';
import type { Party } from '../../engine/types';

/** Where the labelled claim stands in its article. */
export interface LabelContext {
  text: string;
  /** Offset of the claim's phrase, or -1 when the phrase was not found. */
  at: number;
}

const COUNTRY_OF = /\b(?:the\s+)?country['’ʼ]s\b|\bof\s+the\s+country\b/i;
/** How far before the claim the sentences that may name "the country" reach. */
const BEFORE = 400;
/** How far before a name its role may be written ("the chief of … Colonel X"). */
const ROLE_BEFORE = 160;

function sidesNamed(lang: string, text: string): Set<Party> {
  const pack = compilePack(defaultPackData, foreignLexicon(lang));
  const named = new Set<Party>();
  for (const { party, pattern } of pack.partyMarkers) {
    pattern.lastIndex = 0;
    if (party !== 'other' && pattern.test(text)) named.add(party);
  }
  return named;
}

function countryInContext(lang: string, context: LabelContext): Party | null {
  const end =
    context.text.indexOf('.', context.at) === -1
      ? context.text.length
      : context.text.indexOf('.', context.at);
  const window = context.text.slice(Math.max(0, context.at - BEFORE), end);
  const sides = sidesNamed(lang, window);
  sides.delete('NK');
  return sides.size === 1 ? ([...sides][0] as Party) : null;
}

function roleBeforeName(claimant: string, lang: string, context: LabelContext): Party | null {
  const at = context.text.indexOf(claimant);
  if (at === -1) return null;
  const lineStart = Math.max(context.text.lastIndexOf('\n', at) + 1, context.text.lastIndexOf('. ', at) + 2);
  const phrase = context.text.slice(Math.max(lineStart, at - ROLE_BEFORE), at + claimant.length);
  return claimantPartyOf(phrase, lang);
}

export function labelPartyOf(claimant: string, lang: string, context?: LabelContext): Party | null {
  const alone = claimantPartyOf(claimant, lang);
  if (alone !== null || !context) return alone;
  const language = detectLanguage(context.text, lang);
  if (COUNTRY_OF.test(claimant) && context.at >= 0) return countryInContext(language, context);
  return roleBeforeName(claimant, language, context);
}
