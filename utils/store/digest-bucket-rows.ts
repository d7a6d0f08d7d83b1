/**
 * Digests as schemas 7 to 9 stored them: one row per metric and bucket, keyed `metric|bucket`.
 * Only the upgrades read or write these (schema 7 splits the old per-metric rows into them,
 * schema 10 gathers them into group rows, digest-rows.ts).
 */
import type { ClaimantRef } from '../engine/types';
import { type DigestGroupRow, groupRowsOf } from './digest-rows';
import { type DigestBucket, emptyDigest, type MetricDigest } from './digests';

/** One bucket of one metric's digest. */
export interface DigestBucketRow extends DigestBucket {
  /** `metric|bucket` (bucketKeyOf). */
  key: string;
  metric: string;
  /** The bucket's claimant as last written, so a metric's claimants came with its rows. */
  claimant?: ClaimantRef;
}

/** The bucket rows of a digest (the schema 7 upgrade turns each old digest row into these). */
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

/**
 * The group rows holding these bucket rows as they are (the schema 10 upgrade). `rows` in key
 * order, as IndexedDB returns them: each metric's digest is first assembled as schemas 7 to 9
 * assembled it (a claimant two buckets name comes from the later one), so every group row names
 * a claimant exactly as readers saw it.
 */
export function groupRowsOfBuckets(rows: Iterable<DigestBucketRow>): DigestGroupRow[] {
  const digests = new Map<string, MetricDigest>();
  for (const { key, metric, claimant, ...bucket } of rows) {
    let digest = digests.get(metric);
    if (!digest) {
      digest = emptyDigest(metric);
      digests.set(metric, digest);
    }
    digest.buckets[key.slice(metric.length + 1)] = bucket;
    if (claimant) digest.claimants[claimant.id] = claimant;
  }
  return [...digests.values()].flatMap(groupRowsOf);
}
