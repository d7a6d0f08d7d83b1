/**
 * Digests as stored (schema 10 on): each metric's buckets (value group, claimant, side, period)
 * spread over at most DIGEST_GROUPS group rows, keyed `metric|group`, with the metric indexed. A
 * write patches only the group rows its claims' buckets fall in, instead of rewriting a row
 * holding every claim id of the metric; and an import writes a few rows per metric instead of one
 * per bucket (schema 7 to 9: ~9,000 rows for a 10,000-claim pack, a third of its IndexedDB time;
 * every row put costs about the same, small or not). Readers still see whole MetricDigests
 * (digests.ts), assembled from a metric's rows in one indexed read.
 */
import Dexie from 'dexie';
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
 * Adds `row`'s buckets and claimants to `into` (a group's own row and its import segments list a
 * bucket's claims between them). A claim listed twice is kept once.
 */
function mergeRow(into: Pick<DigestGroupRow, 'buckets' | 'claimants'>, row: DigestGroupRow): void {
  for (const [key, bucket] of Object.entries(row.buckets)) {
    const held = into.buckets[key];
    if (!held) {
      into.buckets[key] = { ...bucket, ids: [...bucket.ids], outlets: [...bucket.outlets] };
      continue;
    }
    const listed = new Set(held.ids);
    bucket.ids.forEach((id, i) => {
      if (listed.has(id)) return;
      held.ids.push(id);
      held.outlets.push(bucket.outlets[i] as string);
    });
  }
  Object.assign(into.claimants, row.claimants);
}

/** A metric's digest from its group rows. */
export function digestOfRows(metric: string, rows: readonly DigestGroupRow[]): MetricDigest {
  const digest = emptyDigest(metric);
  for (const row of rows) mergeRow(digest, row);
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
 * Row keys past a group's own (`metric|gg|segment`): an import's slice writes the claims it adds
 * to a group into a segment row of its own, reading nothing, while the group holds at most
 * MAX_GROUP_SEGMENTS rows (its own counted; one more makes it full); the next write that reads the
 * group (any removal, a save, an import finding it full) merges them back into its own row. Otherwise every import would read
 * and rewrite every group row it touches: the whole digest, a store-sized read and write per pack
 * (bench:import-rate: 1.0 s a pack on an empty store, 1.6 s at 90,000 claims).
 */
export const MAX_GROUP_SEGMENTS = 8;

const segmentKeyOf = (groupKey: string, segment: string): string => `${groupKey}|${segment}`;
/** The group (`metric|gg`) of a stored row key, its own or a segment's. */
const groupOfRowKey = (key: string): string => key.split('|', 2).join('|');
const metricOfGroup = (groupKey: string): string => groupKey.slice(0, groupKey.lastIndexOf('|'));

/**
 * The stored row keys of each group, its own row's and its segments' (keys only): one key range
 * for a dense slice of groups (an import's, in key order), else one per group.
 */
function rowKeysOfGroups(db: CrosstallyDb, groups: readonly string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map(groups.map((group) => [group, [] as string[]]));
  const sorted = [...groups].sort();
  const between = (low: string, high: string) =>
    db.digestGroups.where(':id').between(low, `${high}|\uffff`, true, true).primaryKeys();
  const reads =
    sorted.length >= RANGE_READ_FROM_KEYS
      ? [between(sorted[0] as string, sorted.at(-1) as string)]
      : sorted.map((group) => between(group, group));
  return Dexie.Promise.all(reads).then((lists) => {
    for (const key of lists.flat()) byGroup.get(groupOfRowKey(String(key)))?.push(String(key));
    return byGroup;
  });
}

/**
 * Takes `removed` (claims as they were stored) out of their buckets and puts `added` in theirs,
 * reading and writing only the rows of their groups. A group read is merged into its own row (its
 * segments deleted). `segment` (an import's id): a group the patch only adds to gets the claims in
 * the import's segment row, nothing read (MAX_GROUP_SEGMENTS). Adding a claim its row already
 * lists does nothing, so undoing an import whose chunks did not patch digests (schema 6) cannot
 * list a claim twice. An emptied bucket leaves its row, and so does a claimant no bucket of the
 * row names any more; an emptied row is deleted.
 */
export async function patchDigestRows(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
  outletOf: (claim: Claim) => string,
  segment?: string,
): Promise<void> {
  const groups = [...new Set([...removed, ...added].map(rowKeyOf))];
  if (groups.length === 0) return;
  const removing = new Set(removed.map(rowKeyOf));
  const keysOf = await rowKeysOfGroups(db, groups);
  const appends = new Set(
    segment === undefined
      ? []
      : groups.filter(
          (group) => !removing.has(group) && (keysOf.get(group)?.length ?? 0) <= MAX_GROUP_SEGMENTS,
        ),
  );
  const toRead = groups.flatMap((group) =>
    appends.has(group)
      ? (keysOf.get(group) ?? []).filter((key) => key === segmentKeyOf(group, segment as string))
      : (keysOf.get(group) ?? []),
  );
  const stored = new Map(
    (await db.digestGroups.bulkGet(toRead))
      .filter((row): row is DigestGroupRow => row !== undefined)
      .map((row) => [row.key, row]),
  );
  /** The row each group is patched in; and the segment rows merged into their group's own row. */
  const target = new Map<string, DigestGroupRow>();
  const merged: string[] = [];
  for (const group of groups) {
    if (appends.has(group)) {
      const key = segmentKeyOf(group, segment as string);
      target.set(group, stored.get(key) ?? newGroupRow(key, metricOfGroup(group)));
      continue;
    }
    const own = stored.get(group) ?? newGroupRow(group, metricOfGroup(group));
    for (const key of keysOf.get(group) ?? []) {
      const row = stored.get(key);
      if (key === group || !row) continue;
      mergeRow(own, row);
      merged.push(key);
    }
    target.set(group, own);
  }
  for (const claim of removed) {
    const bucketKey = bucketKeyOf(claim);
    const bucket = target.get(rowKeyOf(claim))?.buckets[bucketKey];
    const at = bucket?.ids.indexOf(claim.id) ?? -1;
    if (!bucket || at < 0) continue;
    bucket.ids.splice(at, 1);
    bucket.outlets.splice(at, 1);
  }
  /** The ids a bucket lists, by row and bucket key, built when a claim is first added to it. */
  const listed = new Map<string, Set<string>>();
  for (const claim of added) {
    const bucketKey = bucketKeyOf(claim);
    const row = target.get(rowKeyOf(claim)) as DigestGroupRow;
    let bucket = row.buckets[bucketKey];
    if (!bucket) {
      bucket = emptyBucket(claim);
      row.buckets[bucketKey] = bucket;
    }
    const listedKey = `${row.key}|${bucketKey}`;
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
  const emptied = [...merged];
  for (const row of target.values()) {
    if (dropEmptyBuckets(row)) kept.push(row);
    else if (keysOf.get(groupOfRowKey(row.key))?.includes(row.key)) emptied.push(row.key);
  }
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
 * From this many groups on, their row keys are read as one key range (an import's digest slice,
 * its groups in key order); a save's few groups are read one range each.
 */
const RANGE_READ_FROM_KEYS = 32;
