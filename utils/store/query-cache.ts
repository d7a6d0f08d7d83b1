/**
 * In-memory cache of read queries, per database handle. Everything in it is dropped when the
 * database's revision changes (any write, here or in another context of the extension).
 */
import type { ClaimBlock } from './claim-blocks';
import type { CrosstallyDb } from './db';
import type { Grouping } from './reports/groups';
import type { Claim, Source } from './types';

export interface QueryCache {
  revision: number;
  sources?: Map<string, Source>;
  sourceWords?: Map<string, string[]>;
  groupings: Map<string, Grouping>;
  claims: Map<string, Claim>;
  /** Claim blocks read lately (claim-block-reads.ts): a claim from a block costs its neighbours too. */
  blocks: Map<string, ClaimBlock>;
  /** Word batches' id rows read lately, by batch (word-rows.ts). */
  batchIds: Map<number, string[]>;
}

const caches = new WeakMap<CrosstallyDb, QueryCache>();

export function cacheOf(db: CrosstallyDb): QueryCache {
  let cache = caches.get(db);
  if (!cache || cache.revision !== db.revision) {
    cache = {
      revision: db.revision,
      groupings: new Map(),
      claims: new Map(),
      blocks: new Map(),
      batchIds: new Map(),
    };
    caches.set(db, cache);
  }
  return cache;
}

/** Keeps a value in the cache only if no write happened while it was read. */
export function cacheIfCurrent(
  db: CrosstallyDb,
  revisionAtStart: number,
  store: (cache: QueryCache) => void,
): void {
  if (db.revision === revisionAtStart) store(cacheOf(db));
}

/** Keeps `value` as the newest of a bounded map of the cache, dropping the oldest past `limit`. */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as K);
}

export async function allSources(db: CrosstallyDb): Promise<Map<string, Source>> {
  const cached = cacheOf(db).sources;
  if (cached) return cached;
  const revision = db.revision;
  const sources = new Map((await db.sources.toArray()).map((source) => [source.id, source]));
  cacheIfCurrent(db, revision, (cache) => {
    cache.sources = sources;
  });
  return sources;
}

/** Sources by id: all of them when cached, else just those asked for. */
export async function sourcesById(db: CrosstallyDb, ids: string[]): Promise<Map<string, Source>> {
  const cached = cacheOf(db).sources;
  if (cached) return cached;
  const read = await db.sources.bulkGet([...new Set(ids)]);
  return new Map(read.filter((source) => source !== undefined).map((source) => [source.id, source]));
}
