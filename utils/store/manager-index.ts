/**
 * The manager's view of a possibly huge store, built from IndexedDB indexes alone: which claims
 * each metric holds, the orders the list can be sorted in, and the claim ids each filter keeps.
 * Every read here is an index query returning primary keys (getAllKeys), never whole claims, so a
 * query over 100,000 claims moves ids, not quotes.
 *
 * Results are cached per database handle until the next write (the database's revision counter),
 * so scrolling through pages of one query reads each order once. Reads run outside explicit
 * transactions: cached promises are shared by concurrent requests, and a promise bound to one
 * request's transaction would fail in another's once the first commits. A write racing a read
 * bumps the revision, so what that read cached is dropped.
 */
import Dexie from 'dexie';
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { ClaimantRef } from '../engine/types';
import type { CrosstallyDb } from './db';
import type { ClaimQuery, ClaimSort } from './manager-types';
import type { Source } from './types';
import { queryWords } from './words';

/** Ids of one metric's claims, in list order. */
export interface IdGroup {
  metric: string;
  ids: string[];
}

interface IndexCache {
  revision: number;
  byMetric?: Promise<IdGroup[]>;
  orders: Map<ClaimSort, Promise<IdGroup[]>>;
  claimants?: Promise<(ClaimantRef & { count: number })[]>;
  texts?: Promise<Set<string>>;
  sources?: Promise<Map<string, Source>>;
  results: Map<string, Promise<IdGroup[]>>;
}

/** Distinct query results kept per revision: enough for a list, its export and its selection. */
const MAX_CACHED_RESULTS = 8;
const caches = new WeakMap<CrosstallyDb, IndexCache>();

function cacheOf(db: CrosstallyDb): IndexCache {
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

/** Every claim id, grouped by metric; inside a group in id order (source, then place in its text). */
export function idsByMetric(db: CrosstallyDb, pack: TopicPackData = defaultPackData): Promise<IdGroup[]> {
  const cache = cacheOf(db);
  cache.byMetric ??= (async () => {
    const metrics = (await db.claims.orderBy('metric').uniqueKeys()).map(String).sort(metricRank(pack));
    const lists = await Promise.all(
      metrics.map((metric) => db.claims.where('metric').equals(metric).primaryKeys()),
    );
    return metrics.map((metric, i) => ({ metric, ids: lists[i] ?? [] }));
  })();
  return cache.byMetric;
}

/** Every claimant named in the store, with its claim count, by party then label. */
export function storedClaimants(db: CrosstallyDb): Promise<(ClaimantRef & { count: number })[]> {
  const cache = cacheOf(db);
  const partyRank = { ARM: 0, NK: 1, AZ: 2, other: 3 };
  cache.claimants ??= (async () => {
    const ids = (await db.claims.orderBy('claimant.id').uniqueKeys()).map(String);
    const found = await Promise.all(
      ids.map(async (id) => {
        // Two collections: first() narrows the collection it is called on.
        const [first, count] = await Promise.all([
          db.claims.where('claimant.id').equals(id).first(),
          db.claims.where('claimant.id').equals(id).count(),
        ]);
        return first?.claimant ? { ...first.claimant, count } : null;
      }),
    );
    return found
      .filter((claimant) => claimant !== null)
      .sort((a, b) => partyRank[a.party] - partyRank[b.party] || a.label.localeCompare(b.label));
  })();
  return cache.claimants;
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

/** Splits one store-wide order into per-metric lists, keeping the order; ids outside it go last. */
function partition(groups: IdGroup[], order: string[]): (IdGroup & { inOrder: number })[] {
  const metricOf = new Map<string, string>();
  for (const group of groups) for (const id of group.ids) metricOf.set(id, group.metric);
  const ordered = new Map(groups.map((group) => [group.metric, [] as string[]]));
  const placed = new Set<string>();
  for (const id of order) {
    const metric = metricOf.get(id);
    if (metric === undefined || placed.has(id)) continue;
    placed.add(id);
    ordered.get(metric)?.push(id);
  }
  return groups.map((group) => {
    const ids = ordered.get(group.metric) ?? [];
    const inOrder = ids.length;
    for (const id of group.ids) if (!placed.has(id)) ids.push(id);
    return { metric: group.metric, ids, inOrder };
  });
}

/** Every claim id grouped by metric, ordered inside each group as `sort` says. */
export function orderedGroups(db: CrosstallyDb, sort: ClaimSort): Promise<IdGroup[]> {
  const cache = cacheOf(db);
  let order = cache.orders.get(sort);
  if (!order) {
    order = (async () => {
      const groups = await idsByMetric(db);
      if (sort === 'source') return groups;
      if (sort === 'claimant') {
        const claimants = [...(await storedClaimants(db))].sort((a, b) => a.label.localeCompare(b.label));
        const lists = await Promise.all(
          claimants.map((claimant) => db.claims.where('claimant.id').equals(claimant.id).primaryKeys()),
        );
        return partition(groups, lists.flat());
      }
      // [value+metric] holds every claim that has a number, by value; vague claims are not in it.
      const byValue = partition(groups, await db.claims.orderBy('[value+metric]').primaryKeys());
      if (sort === 'value-asc') return byValue;
      return byValue.map(({ metric, ids, inOrder }) => ({
        metric,
        ids: [...ids.slice(0, inOrder).reverse(), ...ids.slice(inOrder)],
      }));
    })();
    cache.orders.set(sort, order);
  }
  return order;
}

/** The claim ids one filter keeps, read from an index; null when the query does not use the filter. */
async function filterSets(db: CrosstallyDb, query: ClaimQuery): Promise<Set<string>[]> {
  const lookups: Promise<string[]>[] = [];
  const claims = db.claims;
  for (const word of queryWords(query.text ?? ''))
    lookups.push(claims.where('words').startsWith(word).primaryKeys());
  if (query.metric !== undefined) lookups.push(claims.where('metric').equals(query.metric).primaryKeys());
  if (query.origin !== undefined) lookups.push(claims.where('origin').equals(query.origin).primaryKeys());
  if (query.sourceId !== undefined)
    lookups.push(claims.where('sourceId').equals(query.sourceId).primaryKeys());
  if (typeof query.claimantId === 'string') {
    lookups.push(claims.where('claimant.id').equals(query.claimantId).primaryKeys());
  }
  if (query.party !== undefined) {
    const ids = (await storedClaimants(db)).filter((c) => c.party === query.party).map((c) => c.id);
    lookups.push(ids.length > 0 ? claims.where('claimant.id').anyOf(ids).primaryKeys() : Promise.resolve([]));
  }
  if (query.outlet !== undefined) {
    const sourceIds = [...(await sourcesById(db)).values()]
      .filter((source) => source.outlet === query.outlet)
      .map((source) => source.id);
    lookups.push(
      sourceIds.length > 0 ? claims.where('sourceId').anyOf(sourceIds).primaryKeys() : Promise.resolve([]),
    );
  }
  if (query.valueMin !== undefined || query.valueMax !== undefined) {
    const lower = [query.valueMin ?? -Infinity, Dexie.minKey];
    const upper = [query.valueMax ?? Infinity, Dexie.maxKey];
    lookups.push(claims.where('[value+metric]').between(lower, upper, true, true).primaryKeys());
  }
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids));
  if (query.claimantId === null) {
    const named = new Set(await claims.orderBy('claimant.id').primaryKeys());
    const all = (await idsByMetric(db)).flatMap((group) => group.ids);
    sets.push(new Set(all.filter((id) => !named.has(id))));
  }
  return sets;
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
export function matchingGroups(db: CrosstallyDb, query: ClaimQuery): Promise<IdGroup[]> {
  const cache = cacheOf(db);
  const key = queryKey(query);
  let result = cache.results.get(key);
  if (!result) {
    result = (async () => {
      const [groups, sets] = await Promise.all([
        orderedGroups(db, query.sort ?? 'value-asc'),
        filterSets(db, query),
      ]);
      if (sets.length === 0) return groups.filter((group) => group.ids.length > 0);
      const [smallest = new Set<string>(), ...rest] = sets.sort((a, b) => a.size - b.size);
      const keep = (id: string) => smallest.has(id) && rest.every((set) => set.has(id));
      return groups
        .map((group) => ({ metric: group.metric, ids: group.ids.filter(keep) }))
        .filter((group) => group.ids.length > 0);
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
export function sliceGroups(groups: IdGroup[], offset: number, count: number): string[] {
  const out: string[] = [];
  let skip = Math.max(0, offset);
  for (const group of groups) {
    if (out.length >= count) break;
    if (skip >= group.ids.length) {
      skip -= group.ids.length;
      continue;
    }
    out.push(...group.ids.slice(skip, skip + count - out.length));
    skip = 0;
  }
  return out;
}
