/**
 * The spread of values per metric for the manager's chart: for each metric of a query's result,
 * what each claimant says and how many reports say it. Counted from the same facts the list is
 * filtered by, so the charts always show the claims the list shows.
 */
import { defaultPackData, type TopicPackData } from '../../engine/topic-pack';
import type { ClaimantRef } from '../../engine/types';
import type { CrosstallyDb } from '../db';
import { managerView } from './list-index';
import { matchingGroups } from './match';
import { metricLabelOf } from './queries';
import type { ClaimQuery, MetricSpread, SpreadPoint } from './types';

/** Most dots per chart; the most reported values are kept. */
export const MAX_SPREAD_POINTS = 120;

/** One chart per metric of the query's result, in list order. */
export async function metricSpreads(
  db: CrosstallyDb,
  query: ClaimQuery,
  pack: TopicPackData = defaultPackData,
): Promise<MetricSpread[]> {
  const [groups, view] = await Promise.all([matchingGroups(db, query), managerView(db, pack)]);
  return groups.map((group): MetricSpread => {
    const points = new Map<string, SpreadPoint>();
    for (const fact of group.facts) {
      const key = `${fact.v}|${fact.q}|${fact.s}|${fact.c}`;
      const point = points.get(key);
      if (point) point.count++;
      else points.set(key, { value: fact.v, qualifier: fact.q, side: fact.s, claimantId: fact.c, count: 1 });
    }
    const kept = [...points.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SPREAD_POINTS);
    const claimantIds = new Set(kept.map((point) => point.claimantId));
    const claimants = [...claimantIds]
      .filter((id): id is string => id !== null)
      .map((id) => view.claimants.get(id))
      .filter((claimant): claimant is ClaimantRef => claimant !== undefined);
    return {
      metric: group.metric,
      label: metricLabelOf(group.metric, pack),
      count: group.facts.length,
      claimants,
      points: kept,
      truncated: kept.length < points.size,
    };
  });
}
