/**
 * Running totals as series (pure): "16 killed since 27 September", then 31, then 2,425 are one
 * claimant's successive tallies of one count, shown as a step chart rather than as figures that
 * differ. A series is the periods that start on one day (runningSeriesStart, utils/engine/period.ts).
 */
import { type Period, periodEnd, runningSeriesStart } from '../engine/period';
import type { Grouping } from './reports/groups';
import type { ClaimantSeries } from './types';

/**
 * Each claimant's tallies of the running total the page figure belongs to: the periods that start
 * on the page period's start day (runningSeriesStart), ordered by end day. Vague tallies have no
 * point on a chart and are left to the lists.
 */
export function runningSeries(grouping: Grouping, pagePeriod: Period | null | undefined): ClaimantSeries[] {
  const start = runningSeriesStart(pagePeriod);
  if (!start) return [];
  const byClaimant = new Map<string, ClaimantSeries>();
  for (const grouped of grouping.periods) {
    const end = periodEnd(grouped.period);
    if (!grouped.period || !end || runningSeriesStart(grouped.period) !== start) continue;
    for (const value of grouped.groups) {
      if (value.value === null) continue;
      for (const { claimant, ids } of value.claimants) {
        const key = claimant?.id ?? '';
        let series = byClaimant.get(key);
        if (!series) {
          series = { claimant, points: [] };
          byClaimant.set(key, series);
        }
        series.points.push({
          period: grouped.period,
          end,
          value: value.value,
          qualifier: value.qualifier,
          reports: ids.length,
        });
      }
    }
  }
  const all = [...byClaimant.values()];
  for (const series of all) {
    series.points.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : (a.value ?? 0) - (b.value ?? 0)));
  }
  return all.sort((a, b) =>
    !a.claimant || !b.claimant
      ? a.claimant
        ? -1
        : b.claimant
          ? 1
          : 0
      : a.claimant.label.localeCompare(b.claimant.label),
  );
}
