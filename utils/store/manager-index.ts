/**
 * The manager's view of a possibly huge store: for every claim the few facts the list filters and
 * sorts by (metric, value, qualifier, side, claimant, outlet), read from the per-metric digest
 * rows the write layer keeps in step with the claims: one row per metric, whatever the number of
 * claims. Origin, source and quote words come from the IndexedDB indexes (primary keys only).
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
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { type CrosstallyDb, fromStoredClaim } from './db';
import type { ClaimQuery, ClaimSort } from './manager-types';
import type { Source } from './types';
import { queryWords } from './words';

/** What the list knows of a claim without reading it. `o`: its outlet, or `source:<id>` when unnamed. */
export interface ClaimFacts {
  id: string;
  v: number | null;
  q: Qualifier;
  s: Side;
  c: string | null;
  o: string;
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
  /** The view once built, for patching after a write (manager-view-patch.ts). */
  settled?: ManagerView;
  orders: Map<ClaimSort, Promise<FactGroup[]>>;
  sources?: Promise<Map<string, Source>>;
  texts?: Promise<Set<string>>;
  results: Map<string, Promise<FactGroup[]>>;
}

/** Distinct query results kept per revision: a list, its charts, its export and its selection. */
const MAX_CACHED_RESULTS = 8;
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

const byId = (a: ClaimFacts, b: ClaimFacts) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
  const [rows, sources] = await Promise.all([
    db.claims.where('metric').equals(metric).toArray(),
    sourcesById(db),
  ]);
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
    };
  });
}

/** Every claim's facts, grouped by metric (in metric order); inside a group in no set order. */
export function managerView(db: CrosstallyDb, pack: TopicPackData = defaultPackData): Promise<ManagerView> {
  const cache = cacheOf(db);
  cache.view ??= (async () => {
    // The metrics: those with a digest, and the topic pack's (a digest may be missing for claims
    // written before digests existed). Counting each is an index count, not a scan.
    const digested = (await db.digests.toCollection().primaryKeys()).map(String);
    const candidates = [...new Set([...digested, ...pack.metrics.map((metric) => metric.id)])];
    const [digests, counts] = await Promise.all([
      db.digests.bulkGet(candidates),
      Promise.all(candidates.map((metric) => db.claims.where('metric').equals(metric).count())),
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

function comparator(
  sort: ClaimSort,
  claimants: Map<string, ClaimantRef>,
): (a: ClaimFacts, b: ClaimFacts) => number {
  const value = (direction: 1 | -1) => (a: ClaimFacts, b: ClaimFacts) => {
    if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1;
    return direction * (a.v - b.v);
  };
  if (sort === 'value-asc') return (a, b) => value(1)(a, b) || byId(a, b);
  if (sort === 'value-desc') return (a, b) => value(-1)(a, b) || byId(a, b);
  if (sort === 'claimant') {
    const label = (f: ClaimFacts) => (f.c === null ? null : (claimants.get(f.c)?.label ?? f.c));
    return (a, b) => {
      const la = label(a);
      const lb = label(b);
      if (la === null || lb === null) return la === lb ? value(1)(a, b) || byId(a, b) : la === null ? 1 : -1;
      return la.localeCompare(lb) || value(1)(a, b) || byId(a, b);
    };
  }
  return byId;
}

/** Every claim grouped by metric, ordered inside each group as `sort` says. */
export function orderedGroups(db: CrosstallyDb, sort: ClaimSort): Promise<FactGroup[]> {
  const cache = cacheOf(db);
  let order = cache.orders.get(sort);
  if (!order) {
    order = managerView(db).then((view) => {
      const compare = comparator(sort, view.claimants);
      return view.groups.map((group) => ({ metric: group.metric, facts: [...group.facts].sort(compare) }));
    });
    cache.orders.set(sort, order);
  }
  return order;
}

/** The claim ids the index-backed filters keep (quote words, origin, source); none when unused. */
async function indexedSets(db: CrosstallyDb, query: ClaimQuery): Promise<Set<string>[]> {
  const lookups: Promise<string[]>[] = [];
  for (const word of queryWords(query.text ?? ''))
    lookups.push(db.claims.where('words').startsWith(word).primaryKeys());
  if (query.origin !== undefined) lookups.push(db.claims.where('origin').equals(query.origin).primaryKeys());
  if (query.sourceId !== undefined)
    lookups.push(db.claims.where('sourceId').equals(query.sourceId).primaryKeys());
  return (await Promise.all(lookups)).map((ids) => new Set(ids));
}

/** The test of the filters the facts answer: metric aside (a group), party, claimant, outlet, value. */
function factTest(
  query: ClaimQuery,
  claimants: Map<string, ClaimantRef>,
): ((fact: ClaimFacts) => boolean) | null {
  const tests: ((fact: ClaimFacts) => boolean)[] = [];
  const { party, claimantId, outlet, valueMin, valueMax } = query;
  if (party !== undefined) tests.push((f) => f.c !== null && claimants.get(f.c)?.party === party);
  if (claimantId !== undefined) tests.push((f) => f.c === claimantId);
  if (outlet === null) tests.push((f) => f.o.startsWith(UNNAMED_OUTLET));
  else if (outlet !== undefined) tests.push((f) => f.o === outlet);
  if (valueMin !== undefined || valueMax !== undefined) {
    const low = valueMin ?? -Infinity;
    const high = valueMax ?? Infinity;
    tests.push((f) => f.v !== null && f.v >= low && f.v <= high);
  }
  if (tests.length === 0) return null;
  return (fact) => tests.every((test) => test(fact));
}

/** The query's key for caching: its fields in a fixed order. */
function queryKey(query: ClaimQuery): string {
  const fields: (keyof ClaimQuery)[] = [
    'text',
    'metric',
    'party',
    'claimantId',
    'outlet',
    'sourceId',
    'origin',
    'valueMin',
    'valueMax',
    'sort',
  ];
  return JSON.stringify(fields.map((field) => (query[field] === undefined ? '\u0000' : query[field])));
}

/** The claims matching the query, grouped by metric in list order; empty groups left out. */
export function matchingGroups(db: CrosstallyDb, query: ClaimQuery): Promise<FactGroup[]> {
  const cache = cacheOf(db);
  const key = queryKey(query);
  let result = cache.results.get(key);
  if (!result) {
    result = (async () => {
      const [groups, sets, view] = await Promise.all([
        orderedGroups(db, query.sort ?? 'value-asc'),
        indexedSets(db, query),
        managerView(db),
      ]);
      const test = factTest(query, view.claimants);
      const inSets = (fact: ClaimFacts) => sets.every((set) => set.has(fact.id));
      return groups
        .filter((group) => query.metric === undefined || group.metric === query.metric)
        .map((group) => ({
          metric: group.metric,
          facts:
            test || sets.length > 0
              ? group.facts.filter((f) => (!test || test(f)) && inSets(f))
              : group.facts,
        }))
        .filter((group) => group.facts.length > 0);
    })();
    if (cache.results.size >= MAX_CACHED_RESULTS)
      cache.results.delete(cache.results.keys().next().value as string);
    cache.results.set(key, result);
    // A failed read is not kept: the next request tries again.
    result.catch(() => cache.results.delete(key));
  }
  return result;
}

/** `count` ids starting at `offset` in the flat list order of the groups. */
export function sliceGroups(groups: FactGroup[], offset: number, count: number): string[] {
  const out: string[] = [];
  let skip = Math.max(0, offset);
  for (const group of groups) {
    if (out.length >= count) break;
    if (skip >= group.facts.length) {
      skip -= group.facts.length;
      continue;
    }
    for (const fact of group.facts.slice(skip, skip + count - out.length)) out.push(fact.id);
    skip = 0;
  }
  return out;
}
