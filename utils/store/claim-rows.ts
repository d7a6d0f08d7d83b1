/**
 * The one reader of the claims table: every read of claim rows goes through these functions, so
 * the way rows are stored (one row per claim today; rows of many claims, "blocks", to come for
 * import speed, issue 17) changes here alone. Writes go through writes.ts; the layer test
 * (tests/utils/store/claim-row-readers.test.ts) fails on any other `db.claims` in the app.
 *
 * Each function returns Dexie's own promise, so it runs inside the caller's transaction.
 */
import type { Table } from 'dexie';
import type { CrosstallyDb, StoredClaim } from './db';
import type { ClaimOrigin } from './types';

/** The indexed claim fields a capped lookup may use (search's filter terms). */
export type ClaimIndex = 'metric' | 'origin' | 'sourceId';

/** The tables to list in a read transaction over claim rows (beside the caller's own). */
export function claimReadTables(db: CrosstallyDb): Table[] {
  return [db.claims];
}

/** The row of one claim, undefined when the store does not hold it. */
export function claimRow(db: CrosstallyDb, id: string): Promise<StoredClaim | undefined> {
  return db.claims.get(id);
}

/** The rows of these ids in their order: undefined for a missing id, a repeated id read twice. */
export function claimRows(db: CrosstallyDb, ids: string[]): Promise<(StoredClaim | undefined)[]> {
  return db.claims.bulkGet(ids);
}

/** Every claim row, by id (a whole-store export or digest rebuild). */
export function allClaimRows(db: CrosstallyDb): Promise<StoredClaim[]> {
  return db.claims.toArray();
}

/** How many claims the store holds. */
export function claimCount(db: CrosstallyDb): Promise<number> {
  return db.claims.count();
}

/** One page of claim ids in id order (a search with no terms lists the store by id). */
export function claimIdPage(db: CrosstallyDb, offset: number, limit: number): Promise<string[]> {
  return db.claims.orderBy(':id').offset(offset).limit(limit).primaryKeys();
}

/**
 * At most `limit` stored ids from `low` to `high` (both included), in id order: an import checks
 * a chunk's narrow id range with one key read instead of a lookup per id.
 */
export function claimIdsBetween(
  db: CrosstallyDb,
  low: string,
  high: string,
  limit: number,
): Promise<string[]> {
  return db.claims.where(':id').between(low, high, true, true).limit(limit).primaryKeys();
}

/** At most `limit` ids of the claims whose `index` field is `value`, in id order (search's capped terms). */
export function claimIdsUpTo(
  db: CrosstallyDb,
  index: ClaimIndex,
  value: string,
  limit: number,
): Promise<string[]> {
  return db.claims.where(index).equals(value).limit(limit).primaryKeys();
}

/** The claim rows of one source, by id. */
export function claimsOfSource(db: CrosstallyDb, sourceId: string): Promise<StoredClaim[]> {
  return db.claims.where('sourceId').equals(sourceId).toArray();
}

/** The claim ids of one source, in id order. */
export function claimIdsOfSource(db: CrosstallyDb, sourceId: string): Promise<string[]> {
  return db.claims.where('sourceId').equals(sourceId).primaryKeys();
}

/** How many claims one source holds. */
export function countOfSource(db: CrosstallyDb, sourceId: string): Promise<number> {
  return db.claims.where('sourceId').equals(sourceId).count();
}

/** The claim rows of any of these sources in one lookup, by source then id (a page's few sources). */
export function claimsOfSources(db: CrosstallyDb, sourceIds: string[]): Promise<StoredClaim[]> {
  return db.claims.where('sourceId').anyOf(sourceIds).toArray();
}

/**
 * How many claims each source holds, from one pass over the source index's keys (a count per
 * source is one request per source: over a minute in Chromium for 10,000 sources).
 */
export function claimCountsBySource(db: CrosstallyDb): Promise<Record<string, number>> {
  const bySource: Record<string, number> = {};
  return db.claims
    .orderBy('sourceId')
    .eachKey((key) => {
      const id = String(key);
      bySource[id] = (bySource[id] ?? 0) + 1;
    })
    .then(() => bySource);
}

/** The claim rows of one metric, by id. */
export function claimsOfMetric(db: CrosstallyDb, metric: string): Promise<StoredClaim[]> {
  return db.claims.where('metric').equals(metric).toArray();
}

/** How many claims one metric has. */
export function countOfMetric(db: CrosstallyDb, metric: string): Promise<number> {
  return db.claims.where('metric').equals(metric).count();
}

/** The claim rows of this value under this metric, by id (one compound-index lookup). */
export function claimsOfValueAndMetric(
  db: CrosstallyDb,
  value: number,
  metric: string,
): Promise<StoredClaim[]> {
  return db.claims.where('[value+metric]').equals([value, metric]).toArray();
}

/** The claim rows of one origin, by id. */
export function claimsOfOrigin(db: CrosstallyDb, origin: ClaimOrigin): Promise<StoredClaim[]> {
  return db.claims.where('origin').equals(origin).toArray();
}

/** The claim rows of any of these origins, by origin then id. */
export function claimsOfOrigins(db: CrosstallyDb, origins: ClaimOrigin[]): Promise<StoredClaim[]> {
  return db.claims.where('origin').anyOf(origins).toArray();
}

/** The claim ids of one origin, in id order. */
export function claimIdsOfOrigin(db: CrosstallyDb, origin: ClaimOrigin): Promise<string[]> {
  return db.claims.where('origin').equals(origin).primaryKeys();
}

/** How many claims one origin has. */
export function countOfOrigin(db: CrosstallyDb, origin: ClaimOrigin): Promise<number> {
  return db.claims.where('origin').equals(origin).count();
}
