/** What the language tests compare: each figure's value, qualifier, metric, side and claimant. */
import { extractFigures } from '../../../../utils/engine/figures';

/** Figures of a text read in `lang`, with the claimant's id. */
export function claimantBriefs(lang: string) {
  return (text: string) =>
    extractFigures(text, { lang }).map((f) => ({
      value: f.value,
      qualifier: f.qualifier,
      metric: f.metric,
      side: f.side,
      claimant: f.claimant?.id ?? null,
    }));
}

/** Figures of a text read in `lang`, with their words and the claimant's party. */
export function partyBriefs(lang: string) {
  return (text: string) =>
    extractFigures(text, { lang }).map((f) => ({
      text: f.text,
      value: f.value,
      qualifier: f.qualifier,
      metric: f.metric,
      side: f.side,
      party: f.claimant?.party ?? null,
    }));
}

/** One expected figure, as claimantBriefs reports it. */
export const figure = (
  value: number | null,
  qualifier: string,
  metric: string,
  side: string | null,
  claimant: string | null = null,
) => ({ value, qualifier, metric, side, claimant });
