/**
 * Digests as stored (schema 7 on): one row per metric and bucket (value group, claimant, side,
 * period), keyed `metric|bucket`, with the metric indexed. A write patches only the few bucket
 * rows its claims fall in, instead of rewriting a row holding every claim id of the metric (which
 * made a ledger save and each import chunk slower as the store grew). Readers still see whole
 * MetricDigests (digests.ts), assembled from a metric's rows.
 */
import type { ClaimantRef } from '../engine/types';
import type { CrosstallyDb } from './db';
import { bucketKeyOf, type DigestBucket, emptyBucket, emptyDigest, type MetricDigest } from './digests';
import type { Claim } from './types';

/** One bucket of one metric's digest. */
export interface DigestBucketRow extends DigestBucket {
  /** `metric|bucket` (bucketKeyOf). */
  key: string;
  metric: string;
  /** The bucket's claimant as last written, so a metric's claimants come with its rows. */
  claimant?: ClaimantRef;
}

export const rowKeyOf = (claim: Claim): string => `${claim.metric}|${bucketKeyOf(claim)}`;

/** The rows of a digest (the schema 7 upgrade turns each old digest row into these). */
export function bucketRowsOf(digest: MetricDigest): DigestBucketRow[] {
  return Object.entries(digest.buckets)
    .filter(([, bucket]) => bucket.ids.length > 0)
    .map(([bucket, fields]) => {
      const row: DigestBucketRow = { ...fields, key: `${digest.metric}|${bucket}`, metric: digest.metric };
      const claimant = fields.c === null ? undefined : digest.claimants[fields.c];
      if (claimant) row.claimant = claimant;
      return row;
    });
}

/** A metric's digest from its rows. */
export function digestOfRows(metric: string, rows: DigestBucketRow[]): MetricDigest {
  const digest = emptyDigest(metric);
  for (const { key, metric: _metric, claimant, ...bucket } of rows) {
    digest.buckets[key.slice(metric.length + 1)] = bucket;
    if (claimant) digest.claimants[claimant.id] = claimant;
  }
  return digest;
}

/** The metric's digest; undefined when no row is stored (no claim, or claims written before digests). */
export async function readDigest(db: CrosstallyDb, metric: string): Promise<MetricDigest | undefined> {
  const rows = await db.digestBuckets.where('metric').equals(metric).toArray();
  return rows.length > 0 ? digestOfRows(metric, rows) : undefined;
}

export function readDigests(db: CrosstallyDb, metrics: string[]): Promise<(MetricDigest | undefined)[]> {
  return Promise.all(metrics.map((metric) => readDigest(db, metric)));
}

/** Every stored digest, by metric. */
export async function readAllDigests(db: CrosstallyDb): Promise<MetricDigest[]> {
  const byMetric = new Map<string, DigestBucketRow[]>();
  for (const row of await db.digestBuckets.toArray()) {
    const rows = byMetric.get(row.metric) ?? [];
    rows.push(row);
    byMetric.set(row.metric, rows);
  }
  return [...byMetric].map(([metric, rows]) => digestOfRows(metric, rows));
}

/** The metrics that have a digest. */
export async function digestMetrics(db: CrosstallyDb): Promise<string[]> {
  return (await db.digestBuckets.orderBy('metric').uniqueKeys()).map(String);
}

/** Replaces the digests of these metrics with the given ones. */
export async function replaceDigests(db: CrosstallyDb, digests: Iterable<MetricDigest>): Promise<void> {
  const list = [...digests];
  await Promise.all(list.map((digest) => db.digestBuckets.where('metric').equals(digest.metric).delete()));
  await db.digestBuckets.bulkPut(list.flatMap(bucketRowsOf));
}

/**
 * Takes `removed` (claims as they were stored) out of their buckets and puts `added` in theirs,
 * reading and writing only those bucket rows. Adding a claim a bucket already lists does nothing,
 * so undoing an import whose chunks did not patch digests (schema 6) cannot list a claim twice.
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
  const listed = new Map<string, Set<string>>();
  for (const claim of removed) {
    const row = rows.get(rowKeyOf(claim));
    const at = row?.ids.indexOf(claim.id) ?? -1;
    if (!row || at < 0) continue;
    row.ids.splice(at, 1);
    row.outlets.splice(at, 1);
    listed.delete(row.key);
  }
  for (const claim of added) {
    const key = rowKeyOf(claim);
    let row = rows.get(key);
    if (!row) {
      row = newRow(key, claim);
      rows.set(key, row);
    }
    let ids = listed.get(key);
    if (!ids) {
      ids = new Set(row.ids);
      listed.set(key, ids);
    }
    if (claim.claimant) row.claimant = claim.claimant;
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    row.ids.push(claim.id);
    row.outlets.push(outletOf(claim));
  }
  const kept = [...rows.values()].filter((row) => row !== undefined && row.ids.length > 0);
  const emptied = keys.filter((key, i) => stored[i] !== undefined && (rows.get(key)?.ids.length ?? 0) === 0);
  await db.digestBuckets.bulkPut(kept as DigestBucketRow[]);
  if (emptied.length > 0) await db.digestBuckets.bulkDelete(emptied);
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
async function storedDigestRows(db: CrosstallyDb, keys: string[]): Promise<(DigestBucketRow | undefined)[]> {
  if (keys.length < RANGE_READ_FROM_KEYS) return db.digestBuckets.bulkGet(keys);
  let [low, high] = [keys[0] as string, keys[0] as string];
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const limit = keys.length * RANGE_ROWS_PER_KEY;
  const range = () => db.digestBuckets.where(':id').between(low, high, true, true);
  if (
    (
      await range()
        .limit(limit + 1)
        .primaryKeys()
    ).length > limit
  )
    return db.digestBuckets.bulkGet(keys);
  const byKey = new Map((await range().toArray()).map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key));
}

function newRow(key: string, claim: Claim): DigestBucketRow {
  return { key, metric: claim.metric, ...emptyBucket(claim) };
}
