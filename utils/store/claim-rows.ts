/**
 * The one reader of stored claims: every read goes through these functions. A claim is stored as
 * a row of its own (`claims`) or inside a block of an import's claims (`claimBlocks`,
 * claim-blocks.ts); each function reads both and gives claim rows either way (a claim from a
 * block knows its block; the block reads are in claim-block-reads.ts). Writes go through
 * writes.ts; the layer test (tests/utils/store/claim-row-readers.test.ts) fails on any other use
 * of either table in the app.
 *
 * Each function returns Dexie's own promises, so it runs inside the caller's transaction.
 */
import Dexie, { type Table } from 'dexie';
import { blockClaimsById, blockClaimsWith, blockCount, blocksOfKeys } from './claim-block-reads';
import { claimsOfBlock, TALLY_INDEX, type TalliedField, type Tally, tallyRange } from './claim-blocks';
import type { CrosstallyDb, StoredClaim } from './db';
import { readDigest } from './digest-rows';
import type { ClaimOrigin } from './types';

/** The indexed claim fields a capped lookup may use (search's filter terms). */
export type ClaimIndex = TalliedField;

/** Blocks read per request while a capped lookup collects ids. */
const BLOCKS_PER_READ = 16;

/** The tables to list in a read transaction over stored claims (beside the caller's own). */
export function claimReadTables(db: CrosstallyDb): Table[] {
  return [db.claims, db.claimBlocks];
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: StoredClaim, b: StoredClaim) => compareIds(a.id, b.id);

/** Row ids (in id order) and block ids (in block order) as one list in id order. */
function mergeIds(rows: readonly string[], inBlocks: readonly string[]): string[] {
  return inBlocks.length === 0 ? [...rows] : [...rows, ...inBlocks].sort(compareIds);
}

/** Rows and block claims as one list by id (they never hold the same claim). */
function mergeClaims(rows: StoredClaim[], inBlocks: StoredClaim[]): StoredClaim[] {
  return inBlocks.length === 0 ? rows : [...rows, ...inBlocks].sort(byId);
}

/** The stored claim of one id, undefined when the store does not hold it. */
export function claimRow(db: CrosstallyDb, id: string): Promise<StoredClaim | undefined> {
  return db.claims.get(id).then(
    (row) =>
      row ??
      db.claimBlocks
        .where('ids')
        .equals(id)
        .first()
        .then((block) => block && claimsOfBlock(block, (claim) => claim.id === id)[0]),
  );
}

/** The claims of these ids in their order: undefined for a missing id, a repeated id read twice. */
export function claimRows(db: CrosstallyDb, ids: string[]): Promise<(StoredClaim | undefined)[]> {
  return db.claims.bulkGet(ids).then((rows) => {
    const missing = ids.filter((_id, i) => rows[i] === undefined);
    if (missing.length === 0) return rows;
    return blockClaimsById(db, missing).then((inBlocks) => ids.map((id, i) => rows[i] ?? inBlocks.get(id)));
  });
}

/** Every stored claim, by id (a whole-store export or digest rebuild). */
export function allClaimRows(db: CrosstallyDb): Promise<StoredClaim[]> {
  return Dexie.Promise.all([db.claims.toArray(), db.claimBlocks.toArray()]).then(([rows, blocks]) =>
    mergeClaims(
      rows,
      blocks.flatMap((block) => claimsOfBlock(block)),
    ),
  );
}

/** How many claims the store holds (a block's id index has an entry per claim). */
export function claimCount(db: CrosstallyDb): Promise<number> {
  return Dexie.Promise.all([db.claims.count(), db.claimBlocks.orderBy('ids').count()]).then(
    ([rows, inBlocks]) => rows + inBlocks,
  );
}

/** One page of claim ids in id order (a search with no terms lists the store by id). */
export function claimIdPage(db: CrosstallyDb, offset: number, limit: number): Promise<string[]> {
  const upTo = offset + limit;
  return Dexie.Promise.all([
    db.claims.orderBy(':id').limit(upTo).primaryKeys(),
    db.claimBlocks.orderBy('ids').limit(upTo).keys(),
  ]).then(([rows, inBlocks]) => mergeIds(rows, inBlocks.map(String)).slice(offset, upTo));
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
  return Dexie.Promise.all([
    db.claims.where(':id').between(low, high, true, true).limit(limit).primaryKeys(),
    db.claimBlocks.where('ids').between(low, high, true, true).limit(limit).keys(),
  ]).then(([rows, inBlocks]) => mergeIds(rows, inBlocks.map(String)).slice(0, limit));
}

/**
 * At most `limit` ids of the claims whose `field` is `value` (search's capped terms): the first
 * by id among rows, and those of the blocks read, BLOCKS_PER_READ at a time, until `limit` are
 * in. When more match, the caller treats the list as capped and checks claims one by one.
 */
export function claimIdsUpTo(
  db: CrosstallyDb,
  field: ClaimIndex,
  value: string,
  limit: number,
): Promise<string[]> {
  const inBlocks: string[] = [];
  const collect = (rows: string[], keys: string[], at: number): Promise<string[]> => {
    if (at >= keys.length || rows.length + inBlocks.length >= limit)
      return Dexie.Promise.resolve(mergeIds(rows, inBlocks.sort(compareIds)).slice(0, limit));
    return blocksOfKeys(db, keys.slice(at, at + BLOCKS_PER_READ)).then((blocks) => {
      for (const block of blocks)
        for (const claim of block.claims) if (claim[field] === value) inBlocks.push(claim.id);
      return collect(rows, keys, at + BLOCKS_PER_READ);
    });
  };
  return Dexie.Promise.all([
    db.claims.where(field).equals(value).limit(limit).primaryKeys(),
    db.claimBlocks
      .where(TALLY_INDEX[field])
      .between(...tallyRange(value), true, true)
      .primaryKeys(),
  ]).then(([rows, keys]) => collect(rows, keys, 0));
}

/** The claims whose `field` is `value`, by id: rows by their index, blocks by their tallies. */
function claimsWith(db: CrosstallyDb, field: TalliedField, value: string): Promise<StoredClaim[]> {
  return Dexie.Promise.all([
    db.claims.where(field).equals(value).toArray(),
    blockClaimsWith(db, field, value),
  ]).then(([rows, inBlocks]) => mergeClaims(rows, inBlocks));
}

/** The ids of the claims whose `field` is `value`, in id order (rows give only their keys). */
function idsWith(db: CrosstallyDb, field: TalliedField, value: string): Promise<string[]> {
  return Dexie.Promise.all([
    db.claims.where(field).equals(value).primaryKeys(),
    blockClaimsWith(db, field, value),
  ]).then(([rows, inBlocks]) =>
    mergeIds(
      rows,
      inBlocks.map((claim) => claim.id),
    ),
  );
}

/** How many claims have `field` = `value`: an index count and the blocks' tallies, no claim read. */
function countWith(db: CrosstallyDb, field: TalliedField, value: string): Promise<number> {
  return Dexie.Promise.all([db.claims.where(field).equals(value).count(), blockCount(db, field, value)]).then(
    ([rows, inBlocks]) => rows + inBlocks,
  );
}

/** The claims of one source, by id. */
export const claimsOfSource = (db: CrosstallyDb, sourceId: string): Promise<StoredClaim[]> =>
  claimsWith(db, 'sourceId', sourceId);

/** The claim ids of one source, in id order. */
export const claimIdsOfSource = (db: CrosstallyDb, sourceId: string): Promise<string[]> =>
  idsWith(db, 'sourceId', sourceId);

/** How many claims one source holds. */
export const countOfSource = (db: CrosstallyDb, sourceId: string): Promise<number> =>
  countWith(db, 'sourceId', sourceId);

/** The claims of any of these sources in one lookup, by source then id (a page's few sources). */
export function claimsOfSources(db: CrosstallyDb, sourceIds: string[]): Promise<StoredClaim[]> {
  return Dexie.Promise.all([
    db.claims.where('sourceId').anyOf(sourceIds).toArray(),
    Dexie.Promise.all(sourceIds.map((id) => blockClaimsWith(db, 'sourceId', id))),
  ]).then(([rows, lists]) => {
    const inBlocks = lists.flat();
    if (inBlocks.length === 0) return rows;
    return [...rows, ...inBlocks].sort((a, b) => compareIds(a.sourceId, b.sourceId) || byId(a, b));
  });
}

/**
 * How many claims each source holds, from one pass over the source index's keys and the blocks'
 * source tallies (a count per source is one request per source: over a minute in Chromium for
 * 10,000 sources).
 */
export function claimCountsBySource(db: CrosstallyDb): Promise<Record<string, number>> {
  const bySource: Record<string, number> = {};
  return Dexie.Promise.all([
    db.claims.orderBy('sourceId').eachKey((key) => {
      const id = String(key);
      bySource[id] = (bySource[id] ?? 0) + 1;
    }),
    db.claimBlocks.orderBy(TALLY_INDEX.sourceId).eachKey((key) => {
      const [id, count] = key as unknown as Tally<string>;
      bySource[id] = (bySource[id] ?? 0) + count;
    }),
  ]).then(() => bySource);
}

/** The claims of one metric, by id. */
export const claimsOfMetric = (db: CrosstallyDb, metric: string): Promise<StoredClaim[]> =>
  claimsWith(db, 'metric', metric);

/** How many claims one metric has. */
export const countOfMetric = (db: CrosstallyDb, metric: string): Promise<number> =>
  countWith(db, 'metric', metric);

/**
 * The claims of this value under this metric, by id. Rows by their [value+metric] index; block
 * claims by id from the metric's digest (its buckets of the value, and its vague ones, whose
 * claims may carry any value): blocks index no values (schema 12: that index was a third of the
 * index entries an import wrote).
 */
export function claimsOfValueAndMetric(
  db: CrosstallyDb,
  value: number,
  metric: string,
): Promise<StoredClaim[]> {
  return Dexie.Promise.all([
    db.claims.where('[value+metric]').equals([value, metric]).toArray(),
    readDigest(db, metric),
  ]).then(([rows, digest]) => {
    const asRows = new Set(rows.map((row) => row.id));
    const ids = Object.values(digest?.buckets ?? {}).flatMap((bucket) =>
      bucket.q === 'vague' || bucket.v === value ? bucket.ids.filter((id) => !asRows.has(id)) : [],
    );
    if (ids.length === 0) return rows;
    return blockClaimsById(db, ids).then((found) =>
      mergeClaims(
        rows,
        [...found.values()].filter((claim) => claim.value === value && claim.metric === metric),
      ),
    );
  });
}

/** The claims of one origin, by id. */
export const claimsOfOrigin = (db: CrosstallyDb, origin: ClaimOrigin): Promise<StoredClaim[]> =>
  claimsWith(db, 'origin', origin);

/** The claims of any of these origins, by origin then id. */
export function claimsOfOrigins(db: CrosstallyDb, origins: ClaimOrigin[]): Promise<StoredClaim[]> {
  return Dexie.Promise.all(origins.map((origin) => claimsOfOrigin(db, origin))).then((lists) =>
    lists.flat().sort((a, b) => compareIds(a.origin, b.origin) || byId(a, b)),
  );
}

/** The claim ids of one origin, in id order. */
export const claimIdsOfOrigin = (db: CrosstallyDb, origin: ClaimOrigin): Promise<string[]> =>
  idsWith(db, 'origin', origin);

/** How many claims one origin has. */
export const countOfOrigin = (db: CrosstallyDb, origin: ClaimOrigin): Promise<number> =>
  countWith(db, 'origin', origin);
