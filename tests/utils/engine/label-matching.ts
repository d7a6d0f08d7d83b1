/** Matches hand-labelled figures (tests/fixtures) to engine figures by the labelled number's position. */
import type { Figure } from '../../../utils/engine/types';

export interface FigureLabel {
  context: string;
  number: string;
  value: number | null;
  qualifier: string;
  metric: string;
  side: string | null;
  claimant: string | null;
  /** The period the figure counts, where the fixture labels it (the seeds do). */
  period?: string | null;
}

export const LABEL_FIELDS = ['value', 'qualifier', 'metric', 'side', 'claimant'] as const;

/** Offset of the labelled number in the document. */
export function labelOffset(text: string, label: FigureLabel): number {
  const at = text.indexOf(label.context);
  const escaped = label.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inner = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).exec(label.context);
  if (at === -1 || !inner) throw new Error(`label context not found: ${label.context}`);
  return at + inner.index;
}

export function figureFields(f: Figure) {
  return {
    value: f.value,
    qualifier: f.qualifier,
    metric: f.metric,
    side: f.side,
    claimant: f.claimant?.id ?? null,
  };
}

export function labelFields(l: FigureLabel) {
  return { value: l.value, qualifier: l.qualifier, metric: l.metric, side: l.side, claimant: l.claimant };
}

export function figureAt(figures: Figure[], offset: number): Figure | undefined {
  return figures.find((f) => f.start <= offset && offset < f.end);
}
