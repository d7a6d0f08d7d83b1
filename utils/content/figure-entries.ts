/**
 * Page figures as the content script tracks them: each with an id that stays the same when the
 * page re-renders or inserts text above it, so a re-run replaces marks instead of adding more.
 */
import type { Figure } from '../engine/types';
import type { PageFigure } from '../store/types';

export interface FigureEntry {
  id: string;
  figure: Figure;
}

/**
 * Ids from what a figure is, not where: metric, text, and how many identical figures came before
 * ("helicopters_downed|4 helicopters|0"). Offsets would change with every paragraph inserted above.
 */
export function identifyFigures(figures: readonly Figure[]): FigureEntry[] {
  const seen = new Map<string, number>();
  return figures.map((figure) => {
    const key = `${figure.metric}|${figure.text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { id: `${key}|${occurrence}`, figure };
  });
}

/**
 * The figure as sent with a reports query: what it counts and claims, never the page's text around
 * it. `sourceId` names the stored source this page is, so its own report is not listed as another's.
 */
export function toPageFigure(figure: Figure, sourceId?: string | null): PageFigure {
  return {
    ...(sourceId ? { sourceId } : {}),
    metric: figure.metric,
    value: figure.value,
    qualifier: figure.qualifier,
    side: figure.side,
    claimant: figure.claimant,
    text: figure.text.slice(0, 1000),
    period: figure.period,
  };
}
