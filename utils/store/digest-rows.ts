/**
 * Digests as stored (schema 10 on): each metric's buckets (value group, claimant, side, period)
 * spread over at most DIGEST_GROUPS group rows, keyed `metric|group`, with the metric indexed. A
 * write patches only the group rows its claims' buckets fall in, instead of rewriting a row
 * holding every claim id of the metric; and an import writes a few rows per metric instead of one
 * per bucket (schema 7 to 9: ~9,000 rows for a 10,000-claim pack, a third of its IndexedDB time;
 * every row put costs about the same, small or not). Readers still see whole MetricDigests
 * (digests.ts), assembled from a metric's rows in one indexed read.
 */
import type { ClaimantRef } from '../engine/types';
import type { CrosstallyDb } from './db';
import { bucketKeyOf, type DigestBucket, emptyBucket, emptyDigest, type MetricDigest } from './digests';
import type { Claim } from './types';

/**
 * Group rows per metric at most. 64 keeps a row small enough to patch (a metric of ~7,000 claims
 * in ~4,500 buckets: ~70 buckets a row) while an import writes ~64 rows per metric instead of one
 * per bucket (bench:import-layouts: ~110,000 claims/s against ~11,000 in Chromium). Stored rows
 * are keyed by it: changing this count or groupOf's hash needs a schema upgrade regrouping them.
 */
export const DIGEST_GROUPS = 64;

/** One group row: some of one metric's buckets, and the claimants those buckets name. */
export interface DigestGroupRow {
  /** `metric|group` (groupKeyOf). */
  key: string;
  metric: string;
  /** By bucket key (bucketKeyOf); never an empty bucket. */
  buckets: Record<string, DigestBucket>;
  /** Each claimant a bucket here names, as last written (so a metric's claimants come with its rows). */
  claimants: Record<string, ClaimantRef>;
}

/** A bucket's group: a small stable string hash (31-multiplier, 32-bit) of its key. Never change it without an upgrade. */
export function groupOf(bucketKey: string): number {
  let hash = 0;
  for (let i = 0; i < bucketKey.length; i++) hash = (hash * 31 + bucketKey.charCodeAt(i)) | 0;
  return Math.abs(hash) % DIGEST_GROUPS;
}

/** The key of the group row holding this bucket of this metric (two digits: rows sort by group). */
export const groupKeyOf = (metric: string, bucketKey: string): string =>
  `${metric}|${String(groupOf(bucketKey)).padStart(2, '0')}`;

/** The key of the digest row the claim's bucket is stored in (its group row). */
export const rowKeyOf = (claim: Claim): string => groupKeyOf(claim.metric, bucketKeyOf(claim));

export const newGroupRow = (key: string, metric: string): DigestGroupRow => ({
  key,
  metric,
  buckets: {},
  claimants: {},
});

/** The group rows of a digest (its non-empty buckets and the claimants they name). */
export function groupRowsOf(digest: MetricDigest): DigestGroupRow[] {
  const rows = new Map<string, DigestGroupRow>();
  for (const [bucketKey, bucket] of Object.entries(digest.buckets)) {
    if (bucket.ids.length === 0) continue;
    const key = groupKeyOf(digest.metric, bucketKey);
    let row = rows.get(key);
    if (!row) {
      row = newGroupRow(key, digest.metric);
      rows.set(key, row);
    }
    row.buckets[bucketKey] = bucket;
    const claimant = bucket.c === null ? undefined : digest.claimants[bucket.c];
    if (claimant) row.claimants[claimant.id] = claimant;
  }
  return [...rows.values()];
}

/** A metric's digest from its group rows. */
export function digestOfRows(metric: string, rows: readonly DigestGroupRow[]): MetricDigest {
  const digest = emptyDigest(metric);
  for (const row of rows) {
    Object.assign(digest.buckets, row.buckets);
    Object.assign(digest.claimants, row.claimants);
  }
  return digest;
}

/** The metric's digest; undefined when no row is stored (no claim, or claims written before digests). */
export async function readDigest(db: CrosstallyDb, metric: string): Promise<MetricDigest | undefined> {
  const rows = await db.digestGroups.where('metric').equals(metric).toArray();
  return rows.length > 0 ? digestOfRows(metric, rows) : undefined;
}

export function readDigests(db: CrosstallyDb, metrics: string[]): Promise<(MetricDigest | undefined)[]> {
  return Promise.all(metrics.map((metric) => readDigest(db, metric)));
}

/** Every stored digest, by metric. */
export async function readAllDigests(db: CrosstallyDb): Promise<MetricDigest[]> {
  const byMetric = new Map<string, DigestGroupRow[]>();
  for (const row of await db.digestGroups.toArray()) {
    const rows = byMetric.get(row.metric) ?? [];
    rows.push(row);
    byMetric.set(row.metric, rows);
  }
  return [...byMetric].map(([metric, rows]) => digestOfRows(metric, rows));
}

/** The metrics that have a digest. */
export async function digestMetrics(db: CrosstallyDb): Promise<string[]> {
  return (await db.digestGroups.orderBy('metric').uniqueKeys()).map(String);
}

/** Replaces the digests of these metrics with the given ones. */
export async function replaceDigests(db: CrosstallyDb, digests: Iterable<MetricDigest>): Promise<void> {
  const list = [...digests];
  await Promise.all(list.map((digest) => db.digestGroups.where('metric').equals(digest.metric).delete()));
  await db.digestGroups.bulkPut(list.flatMap(groupRowsOf));
}

/** Deletes every digest (before rebuilding them all). */
export async function clearDigests(db: CrosstallyDb): Promise<void> {
  await db.digestGroups.clear();
}

/**
 * Takes `removed` (claims as they were stored) out of their buckets and puts `added` in theirs,
 * reading and writing only the group rows of those buckets. Adding a claim a bucket already lists
 * does nothing, so undoing an import whose chunks did not patch digests (schema 6) cannot list a
 * claim twice. An emptied bucket leaves its row, and so does a claimant no bucket of the row
 * names any more; an emptied row is deleted.
 */
export async function patchDigestRows(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
  outletOf: (claim: Claim) => string,
): Promise<void> {
  const keys = [...new Set([...removed, ...added].map(rowKeyOf))];
  if (keys.length === 0) return;
  const stored = await storedDigestRows(db, keys);
  const rows = new Map(keys.map((key, i) => [key, stored[i]]));
  /** The ids a bucket lists, by row and bucket key, built when a claim is first added to it. */
  const listed = new Map<string, Set<string>>();
  for (const claim of removed) {
    const bucketKey = bucketKeyOf(claim);
    const rowKey = groupKeyOf(claim.metric, bucketKey);
    const bucket = rows.get(rowKey)?.buckets[bucketKey];
    const at = bucket?.ids.indexOf(claim.id) ?? -1;
    if (!bucket || at < 0) continue;
    bucket.ids.splice(at, 1);
    bucket.outlets.splice(at, 1);
    listed.delete(`${rowKey}|${bucketKey}`);
  }
  for (const claim of added) {
    const bucketKey = bucketKeyOf(claim);
    const rowKey = groupKeyOf(claim.metric, bucketKey);
    let row = rows.get(rowKey);
    if (!row) {
      row = newGroupRow(rowKey, claim.metric);
      rows.set(rowKey, row);
    }
    let bucket = row.buckets[bucketKey];
    if (!bucket) {
      bucket = emptyBucket(claim);
      row.buckets[bucketKey] = bucket;
    }
    const listedKey = `${rowKey}|${bucketKey}`;
    let ids = listed.get(listedKey);
    if (!ids) {
      ids = new Set(bucket.ids);
      listed.set(listedKey, ids);
    }
    if (claim.claimant) row.claimants[claim.claimant.id] = claim.claimant;
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    bucket.ids.push(claim.id);
    bucket.outlets.push(outletOf(claim));
  }
  const kept: DigestGroupRow[] = [];
  const emptied: string[] = [];
  keys.forEach((key, i) => {
    const row = rows.get(key);
    if (!row) return;
    if (dropEmptyBuckets(row)) kept.push(row);
    else if (stored[i] !== undefined) emptied.push(key);
  });
  await db.digestGroups.bulkPut(kept);
  if (emptied.length > 0) await db.digestGroups.bulkDelete(emptied);
}

/** Drops the row's empty buckets and the claimants only they named; whether any bucket is left. */
function dropEmptyBuckets(row: DigestGroupRow): boolean {
  const named = new Set<string>();
  let left = false;
  for (const [key, bucket] of Object.entries(row.buckets)) {
    if (bucket.ids.length === 0) delete row.buckets[key];
    else {
      left = true;
      if (bucket.c !== null) named.add(bucket.c);
    }
  }
  for (const id of Object.keys(row.claimants)) if (!named.has(id)) delete row.claimants[id];
  return left;
}

/**
 * From this many keys on, the rows are read as one key range when it is dense enough (an import's
 * digest slice, its keys in order): a lookup per key is one request each to IndexedDB, about as
 * slow as a hit as it is as a miss. A save's few keys are looked up one by one.
 */
const RANGE_READ_FROM_KEYS = 32;
/** Up to this many stored rows per key in the range, the whole range is read. */
const RANGE_ROWS_PER_KEY = 3;

/** The stored row of each key, if any (in the order of `keys`). */
async function storedDigestRows(db: CrosstallyDb, keys: string[]): Promise<(DigestGroupRow | undefined)[]> {
  if (keys.length < RANGE_READ_FROM_KEYS) return db.digestGroups.bulkGet(keys);
  let [low, high] = [keys[0] as string, keys[0] as string];
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const limit = keys.length * RANGE_ROWS_PER_KEY;
  const range = () => db.digestGroups.where(':id').between(low, high, true, true);
  if (
    (
      await range()
        .limit(limit + 1)
        .primaryKeys()
    ).length > limit
  )
    return db.digestGroups.bulkGet(keys);
  const byKey = new Map((await range().toArray()).map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key));
}
