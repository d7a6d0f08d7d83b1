/**
 * Per-metric digests: a metric's claims already bucketed by value (and qualifier), claimant, side
 * and period, each bucket holding its claim ids and their outlets. A reports query reads the
 * metric's digest rows (digest-rows.ts: its buckets in a few group rows), not its claims, and
 * then only the claims it lists.
 *
 * The write layer (writes.ts) keeps digests in step inside the same transactions as the claims;
 * the pure helpers here build and patch them.
 */
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { vagueTermOf } from './agreement';
import type { Claim, Source } from './types';

export interface DigestBucket {
  v: number | null;
  q: Qualifier;
  /** Vague quantity word ("dozens") of vague claims. */
  t?: string;
  s: Side;
  /** Claimant id, or null when the claims name none. */
  c: string | null;
  /** The period the claims count (schema 5 on); null or absent when unknown. */
  p?: string | null;
  ids: string[];
  /** Outlet key of each claim in `ids` (see outletKeyOf). */
  outlets: string[];
}

export interface MetricDigest {
  metric: string;
  buckets: Record<string, DigestBucket>;
  claimants: Record<string, ClaimantRef>;
}

/** Who published: the outlet, or the source itself when it does not name one (each may be a different publisher). */
export function outletKeyOf(source: Pick<Source, 'id' | 'outlet'> | undefined, sourceId: string): string {
  return source?.outlet ?? `source:${sourceId}`;
}

export function emptyDigest(metric: string): MetricDigest {
  return { metric, buckets: {}, claimants: {} };
}

/** The value group a claim belongs to: its value and qualifier, or its vague word. */
export function valueKeyOf(claim: Pick<Claim, 'value' | 'qualifier' | 'selector'>): {
  key: string;
  term?: string;
} {
  if (claim.value === null || claim.qualifier === 'vague') {
    const term = vagueTermOf(claim.selector.exact);
    return { key: `vague:${term ?? ''}`, term };
  }
  return { key: `${claim.value}:${claim.qualifier}` };
}

/** The bucket a claim belongs to within its metric: value group, claimant, side and period. */
export function bucketKeyOf(claim: Claim): string {
  return `${valueKeyOf(claim).key}|${claim.claimant?.id ?? ''}|${claim.side ?? ''}|${claim.period ?? ''}`;
}

/** A bucket for the claim's value group, claimant, side and period, with no claim in it yet. */
export function emptyBucket(claim: Claim): DigestBucket {
  const bucket: DigestBucket = {
    v: claim.value,
    q: claim.qualifier,
    s: claim.side,
    c: claim.claimant?.id ?? null,
    p: claim.period ?? null,
    ids: [],
    outlets: [],
  };
  const { term } = valueKeyOf(claim);
  if (term) bucket.t = term;
  return bucket;
}

export function addToDigest(digest: MetricDigest, claim: Claim, outletKey: string): void {
  const key = bucketKeyOf(claim);
  let bucket = digest.buckets[key];
  if (!bucket) {
    bucket = emptyBucket(claim);
    digest.buckets[key] = bucket;
  }
  bucket.ids.push(claim.id);
  bucket.outlets.push(outletKey);
  if (claim.claimant) digest.claimants[claim.claimant.id] = claim.claimant;
}

/** Removes a claim as it was stored (its old fields locate its bucket). */
export function removeFromDigest(digest: MetricDigest, claim: Claim): void {
  const key = bucketKeyOf(claim);
  const bucket = digest.buckets[key];
  const at = bucket?.ids.indexOf(claim.id) ?? -1;
  if (!bucket || at < 0) return;
  bucket.ids.splice(at, 1);
  bucket.outlets.splice(at, 1);
  if (bucket.ids.length === 0) delete digest.buckets[key];
}

/** Builds digests from scratch (upgrade, repair, claims written before digests existed). */
export function buildDigests(
  claims: Iterable<Claim>,
  sources: ReadonlyMap<string, Source>,
): Map<string, MetricDigest> {
  const digests = new Map<string, MetricDigest>();
  for (const claim of claims) {
    let digest = digests.get(claim.metric);
    if (!digest) {
      digest = emptyDigest(claim.metric);
      digests.set(claim.metric, digest);
    }
    addToDigest(digest, claim, outletKeyOf(sources.get(claim.sourceId), claim.sourceId));
  }
  return digests;
}

/** The number of claims a digest holds. */
export function digestSize(digest: MetricDigest): number {
  return Object.values(digest.buckets).reduce((sum, bucket) => sum + bucket.ids.length, 0);
}
