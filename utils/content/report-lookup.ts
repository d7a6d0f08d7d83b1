/**
 * Which metrics of a page have reports in the store: one getReports query per distinct metric
 * (not per figure), remembered for the page, so re-runs after mutations send nothing new.
 */
import type { Figure } from '../engine/types';
import type { RequestOf, RequestType, Response } from '../messaging/protocol';
import { toPageFigure } from './figure-entries';

/** sendRequest's shape; tests pass a fake background. */
export type SendRequest = <T extends RequestType>(request: RequestOf<T>) => Promise<Response<T>>;

export interface ReportLookup {
  /** Stored reports per metric of `figures`; metrics whose query failed are missing (asked again next time). */
  reportCounts(figures: readonly Figure[]): Promise<Map<string, number>>;
  /** Forgets the answers (the page navigated: the store may have changed meanwhile). */
  reset(): void;
}

export function createReportLookup(send: SendRequest): ReportLookup {
  let known = new Map<string, number>();
  return {
    async reportCounts(figures) {
      const firstOfMetric = new Map<string, Figure>();
      for (const figure of figures)
        if (!firstOfMetric.has(figure.metric)) firstOfMetric.set(figure.metric, figure);
      const asked = known;
      await Promise.all(
        [...firstOfMetric.values()]
          .filter((figure) => !asked.has(figure.metric))
          .map(async (figure) => {
            const response = await send({ type: 'getReports', figure: toPageFigure(figure) });
            if (response.ok) asked.set(figure.metric, response.data.summary.reports);
          }),
      );
      const counts = new Map<string, number>();
      for (const metric of firstOfMetric.keys()) {
        const count = asked.get(metric);
        if (count !== undefined) counts.set(metric, count);
      }
      return counts;
    },
    reset() {
      known = new Map();
    },
  };
}
