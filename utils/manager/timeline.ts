/**
 * The manager's timeline of a metric by claimant: the request it sends, and the chart layout it
 * borrows from the overlay's running-total chart (utils/overlay/tally-chart.ts): points at the
 * end of the period each figure counts, a range or era as a span, the period in words.
 */
import type { Side } from '../engine/types';
import { periodLabel } from '../overlay/period-label';
import type { ChartBox, TallyLayout } from '../overlay/tally-chart';
import type { MetricTimeline } from '../store/manager/timeline';
import { ask, type Send } from './client';

/** The manager has room for a wider chart than the overlay. */
export const TIMELINE_BOX: ChartBox = { width: 640, height: 220, left: 56, bottom: 22, top: 10, right: 16 };

export const TIMELINE_LAYOUT: TallyLayout = {
  steps: false,
  spans: true,
  when: (point) => periodLabel(point.period),
};

/** What the reader picked: a metric ('' none yet) and a side ('' every side). */
export interface TimelineChoice {
  metric: string;
  side: '' | Exclude<Side, null>;
}

/** The timeline of the choice from the background; null when no metric is picked. */
export function loadTimeline(send: Send, choice: TimelineChoice): Promise<MetricTimeline | null> {
  if (!choice.metric) return Promise.resolve(null);
  return ask(send, {
    type: 'metricTimeline',
    metric: choice.metric,
    ...(choice.side ? { side: choice.side } : {}),
  });
}
