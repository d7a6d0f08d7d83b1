/**
 * Does a stored figure agree with the page's? Each figure stands for a range of counts
 * ("at least 14" = 14 or more, "dozens" = 24 to 99); figures agree when their ranges meet.
 * Pure.
 */
import type { Qualifier } from '../engine/types';
import type { Agreement } from './types';
import { foldText } from './words';

export interface FigureValue {
  value: number | null;
  qualifier: Qualifier;
  /** The figure's text ("dozens of helicopters"); only vague figures need it. */
  text?: string;
}

/** Inclusive range of counts, `hi` may be Infinity. */
export type CountRange = readonly [lo: number, hi: number];

/**
 * What vague quantity words stand for in English news, longest phrase first so
 * "tens of thousands" is not read as "thousands".
 */
const VAGUE_RANGES: readonly (readonly [term: string, range: CountRange])[] = [
  ['hundreds of thousands', [200_000, 999_999]],
  ['tens of thousands', [20_000, 99_999]],
  ['thousands', [2_000, 9_999]],
  ['hundreds', [200, 999]],
  ['scores', [40, 199]],
  ['dozens', [24, 99]],
  ['several', [3, 9]],
  ['a few', [2, 5]],
  ['a handful', [2, 6]],
  ['millions', [2_000_000, Number.POSITIVE_INFINITY]],
];

/** The vague quantity word in a figure's text ("dozens"), if any. */
export function vagueTermOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const folded = foldText(text);
  return VAGUE_RANGES.find(([term]) =>
    new RegExp(`(?:^|[^\\p{L}])${term}(?:$|[^\\p{L}])`, 'u').test(folded),
  )?.[0];
}

/** The counts a figure stands for; null when it cannot be told (a vague figure with no known word). */
export function figureRange(figure: FigureValue): CountRange | null {
  const { value, qualifier } = figure;
  if (qualifier === 'vague' || value === null) {
    const term = vagueTermOf(figure.text);
    return VAGUE_RANGES.find(([t]) => t === term)?.[1] ?? null;
  }
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'about': {
      // Rounded figures: "about 30" covers 27 to 33, "about 5" covers 4 to 6.
      const tolerance = Math.max(1, Math.round(value * 0.1));
      return [Math.max(0, value - tolerance), value + tolerance];
    }
    case 'at_least':
      return [value, Number.POSITIVE_INFINITY];
    case 'more_than':
      // Counts are whole: "more than 14" starts at 15.
      return [Math.floor(value) + 1, Number.POSITIVE_INFINITY];
    case 'up_to':
      return [0, value];
  }
}

/** How a stored figure relates to the page's: same value and wording, ranges that meet, or not. */
export function agreement(stored: FigureValue, page: FigureValue): Agreement {
  const storedRange = figureRange(stored);
  const pageRange = figureRange(page);
  if (!storedRange || !pageRange) return 'unknown';
  const sameWording =
    stored.qualifier === page.qualifier &&
    (stored.qualifier === 'vague' || stored.value === null
      ? vagueTermOf(stored.text) === vagueTermOf(page.text)
      : stored.value === page.value);
  if (sameWording) return 'same';
  const meet = storedRange[0] <= pageRange[1] && pageRange[0] <= storedRange[1];
  return meet ? 'compatible' : 'differs';
}
