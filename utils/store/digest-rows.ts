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

/**
 * Adds the rows' buckets and claimants to `into` (a group's own row and its import segments, or
 * a metric's rows, list a bucket's claims between them). A claim listed twice is kept once. The
 * ids a bucket lists are gathered once for all the rows, not once per row: a popular bucket of a
 * big metric lists thousands.
 */
export function mergeRows(
  into: Pick<DigestGroupRow, 'buckets' | 'claimants'>,
  rows: readonly DigestGroupRow[],
): void {
  const listed = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [key, bucket] of Object.entries(row.buckets)) {
      const held = into.buckets[key];
      if (!held) {
        into.buckets[key] = { ...bucket, ids: [...bucket.ids], outlets: [...bucket.outlets] };
        continue;
      }
      let ids = listed.get(key);
      if (!ids) {
        ids = new Set(held.ids);
        listed.set(key, ids);
      }
      for (let i = 0; i < bucket.ids.length; i++) {
        const id = bucket.ids[i] as string;
        if (ids.has(id)) continue;
        ids.add(id);
        held.ids.push(id);
        held.outlets.push(bucket.outlets[i] as string);
      }
    }
    Object.assign(into.claimants, row.claimants);
  }
}

/** A metric's digest from its group rows. */
export function digestOfRows(metric: string, rows: readonly DigestGroupRow[]): MetricDigest {
  const digest = emptyDigest(metric);
  mergeRows(digest, rows);
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
 * Adds the claims to their buckets in the rows `rowOf` gives, naming their claimants there. A
 * claim its bucket lists already is not listed again.
 */
export function addClaimsToRows(
  claims: readonly Claim[],
  rowOf: (claim: Claim) => DigestGroupRow,
  outletOf: (claim: Claim) => string,
): void {
  /** The ids each bucket lists, built when a claim is first added to it. */
  const listed = new Map<DigestBucket, Set<string>>();
  for (const claim of claims) {
    const bucketKey = bucketKeyOf(claim);
    const row = rowOf(claim);
    let bucket = row.buckets[bucketKey];
    if (!bucket) {
      bucket = emptyBucket(claim);
      row.buckets[bucketKey] = bucket;
    }
    let ids = listed.get(bucket);
    if (!ids) {
      ids = new Set(bucket.ids);
      listed.set(bucket, ids);
    }
    if (claim.claimant) row.claimants[claim.claimant.id] = claim.claimant;
    if (ids.has(claim.id)) continue;
    ids.add(claim.id);
    bucket.ids.push(claim.id);
    bucket.outlets.push(outletOf(claim));
  }
}

/** Takes the claim (as stored) out of its bucket in the row; whether the row listed it. */
export function removeClaimFromRow(row: DigestGroupRow, claim: Claim): boolean {
  const bucket = row.buckets[bucketKeyOf(claim)];
  const at = bucket?.ids.indexOf(claim.id) ?? -1;
  if (!bucket || at < 0) return false;
  bucket.ids.splice(at, 1);
  bucket.outlets.splice(at, 1);
  return true;
}

/**
 * Writes patched rows: each with a bucket left is put (its empty buckets and the claimants only
 * they named dropped), each emptied one deleted if stored, and so are the `merged` keys (rows
 * whose buckets went into another).
 */
export function putSettledRows(
  db: CrosstallyDb,
  rows: Iterable<DigestGroupRow>,
  isStored: (key: string) => boolean,
  merged: readonly string[],
): Promise<void> {
  const kept: DigestGroupRow[] = [];
  const emptied = [...merged];
  for (const row of rows) {
    if (dropEmptyBuckets(row)) kept.push(row);
    else if (isStored(row.key)) emptied.push(row.key);
  }
  return db.digestGroups
    .bulkPut(kept)
    .then(() => (emptied.length > 0 ? db.digestGroups.bulkDelete(emptied) : undefined));
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
