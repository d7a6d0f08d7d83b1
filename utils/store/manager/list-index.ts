/**
 * The manager's view of a possibly huge store (sorted and filtered in manager/match.ts): for
 * every claim the few facts the list filters and sorts by (metric, value, qualifier, side, claimant, outlet), read from the per-metric digest
 * rows the write layer keeps in step with the claims (one row per metric and value bucket,
 * digest-rows.ts), as many as the values reported, not the claims. Origin, source and quote words come from the IndexedDB indexes (primary keys only).
 * Whole claims are read only for the page on screen.
 *
 * Why digests and not index scans: in Chromium, reading the keys of a 100,000-entry index takes
 * about as long as reading all digests, and the list needs several such orders. A digest whose
 * claim count disagrees with the metric index (or whose shape is not understood) is not trusted:
 * that metric's facts are read from its claims instead.
 *
 * The view is cached per database handle until the next write (the database's revision counter).
 * Reads run outside explicit transactions: cached promises are shared by concurrent requests, and
 * a promise bound to one request's transaction fails in another's once the first commits. A write
 * racing a read bumps the revision, so what that read cached is dropped.
 */
import { defaultPackData, type TopicPackData } from '../../engine/topic-pack';
import type { ClaimantRef, Qualifier, Side } from '../../engine/types';
import { claimsOfMetric, countOfMetric } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { digestMetrics, readDigests } from '../digest-rows';
import type { Source } from '../types';
import type { ClaimSort } from './types';

/** What the list knows of a claim without reading it. `o`: its outlet, or `source:<id>` when unnamed. */
export interface ClaimFacts {
  id: string;
  v: number | null;
  q: Qualifier;
  s: Side;
  c: string | null;
  o: string;
  /** The period the claim counts (utils/engine/period.ts); null when unknown. */
  p: string | null;
}

export interface FactGroup {
  metric: string;
  /** In list order for the sort asked for (in no set order in the view itself). */
  facts: ClaimFacts[];
}

export interface ManagerView {
  groups: FactGroup[];
  claimants: Map<string, ClaimantRef>;
}

interface ViewCache {
  revision: number;
  view?: Promise<ManagerView>;
  /** The view once built, for patching after a write (manager/view-patch.ts). */
  settled?: ManagerView;
  orders: Map<ClaimSort, Promise<FactGroup[]>>;
  sources?: Promise<Map<string, Source>>;
  texts?: Promise<Set<string>>;
  results: Map<string, Promise<FactGroup[]>>;
}

export const UNNAMED_OUTLET = 'source:';
const caches = new WeakMap<CrosstallyDb, ViewCache>();

function cacheOf(db: CrosstallyDb): ViewCache {
  let cache = caches.get(db);
  if (!cache || cache.revision !== db.revision) {
    cache = { revision: db.revision, orders: new Map(), results: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Topic-pack metrics first, in the pack's order (related metrics sit together), then the rest A–Z. */
function metricRank(pack: TopicPackData): (a: string, b: string) => number {
  const rank = new Map(pack.metrics.map((metric, i) => [metric.id, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

export const byId = (a: ClaimFacts, b: ClaimFacts) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The facts of a digest row, or null when its shape is not the one understood here. */
function factsOfDigest(digest: unknown, claimants: Map<string, ClaimantRef>): ClaimFacts[] | null {
  if (typeof digest !== 'object' || digest === null) return null;
  const row = digest as { buckets?: unknown; claimants?: unknown };
  if (typeof row.buckets !== 'object' || row.buckets === null) return null;
  const facts: ClaimFacts[] = [];
  for (const bucket of Object.values(row.buckets as Record<string, unknown>)) {
    const b = bucket as {
      v?: unknown;
      q?: unknown;
      s?: unknown;
      c?: unknown;
      p?: unknown;
      ids?: unknown;
      outlets?: unknown;
    };
    if (!Array.isArray(b.ids) || !Array.isArray(b.outlets) || b.ids.length !== b.outlets.length) return null;
    if (!(b.v === null || typeof b.v === 'number') || typeof b.q !== 'string') return null;
    for (const [i, id] of (b.ids as string[]).entries()) {
      facts.push({
        id,
        v: b.v,
        q: b.q as Qualifier,
        s: (b.s ?? null) as Side,
        c: (b.c ?? null) as string | null,
        o: String(b.outlets[i]),
        p: typeof b.p === 'string' ? b.p : null,
      });
    }
  }
  for (const claimant of Object.values((row.claimants ?? {}) as Record<string, ClaimantRef>))
    claimants.set(claimant.id, claimant);
  return facts;
}

/** The facts of one metric read from its claims (no digest, or one not to be trusted). */
async function factsOfClaims(
  db: CrosstallyDb,
  metric: string,
  claimants: Map<string, ClaimantRef>,
): Promise<ClaimFacts[]> {
  const [rows, sources] = await Promise.all([claimsOfMetric(db, metric), sourcesById(db)]);
  return rows.map(fromStoredClaim).map((claim) => {
    if (claim.claimant) claimants.set(claim.claimant.id, claim.claimant);
    const outlet = sources.get(claim.sourceId)?.outlet;
    return {
      id: claim.id,
      v: claim.value,
      q: claim.qualifier,
      s: claim.side,
      c: claim.claimant?.id ?? null,
      o: outlet ?? `${UNNAMED_OUTLET}${claim.sourceId}`,
      p: claim.period ?? null,
    };
  });
}

/** Every claim's facts, grouped by metric (in metric order); inside a group in no set order. */
export function managerView(db: CrosstallyDb, pack: TopicPackData = defaultPackData): Promise<ManagerView> {
  const cache = cacheOf(db);
  cache.view ??= (async () => {
    // The metrics: those with a digest, and the topic pack's (a digest may be missing for claims
    // written before digests existed). Counting each is an index count, not a scan.
    const digested = await digestMetrics(db);
    const candidates = [...new Set([...digested, ...pack.metrics.map((metric) => metric.id)])];
    const [digests, counts] = await Promise.all([
      readDigests(db, candidates),
      Promise.all(candidates.map((metric) => countOfMetric(db, metric))),
    ]);
    const claimants = new Map<string, ClaimantRef>();
    const groups = await Promise.all(
      candidates.map(async (metric, i) => {
        const count = counts[i] ?? 0;
        if (count === 0) return { metric, facts: [] };
        const read = factsOfDigest(digests[i], claimants);
        return {
          metric,
          facts: read && read.length === count ? read : await factsOfClaims(db, metric, claimants),
        };
      }),
    );
    const view = { groups: sortGroups(groups, pack), claimants };
    cache.settled = view;
    return view;
  })();
  return cache.view;
}

/** Non-empty groups in metric order. */
export function sortGroups(groups: FactGroup[], pack: TopicPackData = defaultPackData): FactGroup[] {
  const rank = metricRank(pack);
  return groups.filter((group) => group.facts.length > 0).sort((a, b) => rank(a.metric, b.metric));
}

/** The view built for `revision`, if it is still the cached one and has been built. */
export function settledView(db: CrosstallyDb, revision: number): ManagerView | null {
  const cache = caches.get(db);
  return cache?.revision === revision ? (cache.settled ?? null) : null;
}

/**
 * Makes `view` the cached view of `revision`, unless the store has moved on since. The sources
 * read for the previous revision carry over when the write left sources and texts alone.
 */
export function installView(
  db: CrosstallyDb,
  revision: number,
  view: ManagerView,
  previous: number | null,
): void {
  if (db.revision !== revision) return;
  const old = previous === null ? undefined : caches.get(db);
  const carry = old?.revision === previous ? { sources: old.sources, texts: old.texts } : {};
  caches.set(db, {
    revision,
    view: Promise.resolve(view),
    settled: view,
    orders: new Map(),
    results: new Map(),
    ...carry,
  });
}

/** The current revision's caches of sorted groups and query results (manager/match.ts fills them). */
export function queryCaches(db: CrosstallyDb): Pick<ViewCache, 'orders' | 'results'> {
  return cacheOf(db);
}

/** Every source by id (sources are few next to claims: one per article). */
export function sourcesById(db: CrosstallyDb): Promise<Map<string, Source>> {
  const cache = cacheOf(db);
  cache.sources ??= db.sources
    .toArray()
    .then((sources) => new Map(sources.map((source) => [source.id, source])));
  return cache.sources;
}

/** Ids of the sources whose text the store holds. */
export function sourcesWithText(db: CrosstallyDb): Promise<Set<string>> {
  const cache = cacheOf(db);
  cache.texts ??= db.documents
    .toCollection()
    .primaryKeys()
    .then((ids) => new Set(ids));
  return cache.texts;
}

/** Every claimant named in the store with its claim count, by party then label. */
export async function storedClaimants(db: CrosstallyDb): Promise<(ClaimantRef & { count: number })[]> {
  const view = await managerView(db);
  const counts = new Map<string, number>();
  for (const group of view.groups)
    for (const fact of group.facts) if (fact.c !== null) counts.set(fact.c, (counts.get(fact.c) ?? 0) + 1);
  const partyRank = { ARM: 0, NK: 1, AZ: 2, other: 3 };
  return [...counts]
    .map(([id, count]) => ({
      ...(view.claimants.get(id) ?? { id, label: id, party: 'other' as const }),
      count,
    }))
    .sort((a, b) => partyRank[a.party] - partyRank[b.party] || a.label.localeCompare(b.label));
}
