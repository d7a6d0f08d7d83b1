/**
 * The spread of values per metric for the manager's chart: for each metric of a query's result,
 * what each claimant says and how many reports say it. Read from the per-metric digest row (one
 * row per metric, whatever the number of claims); a metric without a readable digest is counted
 * from its claims instead.
 */
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { matchingGroups } from './manager-index';
import { metricLabelOf } from './manager-queries';
import type { ClaimQuery, MetricSpread, SpreadPoint } from './manager-types';

/** Most dots per chart; the most reported values are kept. */
export const MAX_SPREAD_POINTS = 120;

/** The digest fields read here, checked at run time: the digest is the store's internal format. */
interface DigestBucketView {
  v: number | null;
  q: Qualifier;
  s: Side;
  c: string | null;
  ids: string[];
}

function bucketsOf(
  digest: unknown,
): { buckets: DigestBucketView[]; claimants: Record<string, ClaimantRef> } | null {
  if (typeof digest !== 'object' || digest === null) return null;
  const { buckets, claimants } = digest as { buckets?: unknown; claimants?: unknown };
  if (typeof buckets !== 'object' || buckets === null || typeof claimants !== 'object' || claimants === null)
    return null;
  const list = Object.values(buckets as Record<string, unknown>);
  const valid = list.every((bucket) => {
    const b = bucket as Partial<DigestBucketView>;
    return Array.isArray(b.ids) && (b.v === null || typeof b.v === 'number') && typeof b.q === 'string';
  });
  return valid
    ? { buckets: list as DigestBucketView[], claimants: claimants as Record<string, ClaimantRef> }
    : null;
}

function pointKey(point: Omit<SpreadPoint, 'count'>): string {
  return `${point.value}|${point.qualifier}|${point.side}|${point.claimantId}`;
}

/** Points of one metric, counting only the claims in `keep`. */
async function pointsOf(db: CrosstallyDb, metric: string, keep: Set<string>) {
  const view = bucketsOf(await db.digests.get(metric));
  const points = new Map<string, SpreadPoint>();
  const claimants = new Map<string, ClaimantRef>();
  const add = (point: Omit<SpreadPoint, 'count'>, count: number, claimant: ClaimantRef | null) => {
    if (count === 0) return;
    const key = pointKey(point);
    const existing = points.get(key);
    if (existing) existing.count += count;
    else points.set(key, { ...point, count });
    if (claimant) claimants.set(claimant.id, claimant);
  };
  if (view) {
    for (const bucket of view.buckets) {
      const count = bucket.ids.reduce((n, id) => (keep.has(id) ? n + 1 : n), 0);
      const claimant = bucket.c === null ? null : (view.claimants[bucket.c] ?? null);
      add({ value: bucket.v, qualifier: bucket.q, side: bucket.s, claimantId: bucket.c }, count, claimant);
    }
  } else {
    const claims = (await db.claims.bulkGet([...keep]))
      .filter((row) => row !== undefined)
      .map(fromStoredClaim);
    for (const claim of claims) {
      const point = {
        value: claim.value,
        qualifier: claim.qualifier,
        side: claim.side,
        claimantId: claim.claimant?.id ?? null,
      };
      add(point, 1, claim.claimant);
    }
  }
  return { points: [...points.values()], claimants };
}

/** One chart per metric of the query's result, in list order. */
export async function metricSpreads(
  db: CrosstallyDb,
  query: ClaimQuery,
  pack: TopicPackData = defaultPackData,
): Promise<MetricSpread[]> {
  const groups = await matchingGroups(db, query);
  return Promise.all(
    groups.map(async (group): Promise<MetricSpread> => {
      const { points, claimants } = await pointsOf(db, group.metric, new Set(group.ids));
      const kept = [...points].sort((a, b) => b.count - a.count).slice(0, MAX_SPREAD_POINTS);
      const keptClaimants = new Set(kept.map((point) => point.claimantId));
      return {
        metric: group.metric,
        label: metricLabelOf(group.metric, pack),
        count: group.ids.length,
        claimants: [...claimants.values()].filter((claimant) => keptClaimants.has(claimant.id)),
        points: kept,
        truncated: kept.length < points.length,
      };
    }),
  );
}
