/**
 * A metric's claims on a timeline, by claimant (issue 15): each claimant's figures placed at the
 * end of the period they count, a range or an era keeping its start so it can be drawn as a span.
 * Read from the manager's digest facts (list-index.ts): no claim is read, whatever the store's size.
 * Figures without a number (vague) or without a period cannot be placed; they are counted instead.
 */
import { comparePeriods, periodEnd } from '../../engine/period';
import type { ClaimantRef, Side } from '../../engine/types';
import type { CrosstallyDb } from '../db';
import type { ClaimantSeries } from '../types';
import { managerView } from './list-index';

/** Most points sent to the page; a claimant's chart holds no more than a screen can show. */
export const MAX_TIMELINE_POINTS = 2_000;

export interface MetricTimeline {
  metric: string;
  /** The side asked for; null for every side. */
  side: Side | null;
  /** Each claimant's figures by period end (claimants A–Z, no claimant named last). */
  series: ClaimantSeries[];
  /** Claims of the metric and side left off the chart: no period, or no number. */
  unplaced: { noPeriod: number; noValue: number };
  /** False when MAX_TIMELINE_POINTS cut the latest points off. */
  complete: boolean;
}

/** The metric's claims (of one side, when given) as one series per claimant, each by period end. */
export async function metricTimeline(
  db: CrosstallyDb,
  metric: string,
  side: Side | null = null,
): Promise<MetricTimeline> {
  const view = await managerView(db);
  const facts = view.groups.find((group) => group.metric === metric)?.facts ?? [];
  const byClaimant = new Map<string, ClaimantSeries>();
  const points = new Map<string, ClaimantSeries['points'][number]>();
  const unplaced = { noPeriod: 0, noValue: 0 };
  for (const fact of facts) {
    if (side !== null && fact.s !== side) continue;
    const end = periodEnd(fact.p);
    if (fact.p === null || end === null) {
      unplaced.noPeriod++;
      continue;
    }
    if (fact.v === null || fact.q === 'vague') {
      unplaced.noValue++;
      continue;
    }
    const claimantKey = fact.c ?? '';
    let series = byClaimant.get(claimantKey);
    if (!series) {
      const claimant: ClaimantRef | null =
        fact.c === null
          ? null
          : (view.claimants.get(fact.c) ?? { id: fact.c, label: fact.c, party: 'other' });
      series = { claimant, points: [] };
      byClaimant.set(claimantKey, series);
    }
    // One point per claimant, period and figure; the reports saying it are counted.
    const pointKey = `${claimantKey}|${fact.p}|${fact.v}|${fact.q}`;
    const point = points.get(pointKey);
    if (point) point.reports++;
    else {
      const created = { period: fact.p, end, value: fact.v, qualifier: fact.q, reports: 1 };
      points.set(pointKey, created);
      series.points.push(created);
    }
  }
  const all = [...byClaimant.values()].sort((a, b) =>
    a.claimant && b.claimant
      ? a.claimant.label.localeCompare(b.claimant.label)
      : a.claimant
        ? -1
        : b.claimant
          ? 1
          : 0,
  );
  let budget = MAX_TIMELINE_POINTS;
  let complete = true;
  for (const series of all) {
    series.points.sort((a, b) => comparePeriods(a.period, b.period) || (a.value ?? 0) - (b.value ?? 0));
    if (series.points.length > budget) {
      series.points = series.points.slice(0, budget);
      complete = false;
    }
    budget -= series.points.length;
  }
  return { metric, side, series: all.filter((series) => series.points.length > 0), unplaced, complete };
}
