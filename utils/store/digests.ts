/**
 * Per-metric digests: for each metric one row holding the few facts of every claim that grouping
 * needs (value, qualifier, side, claimant, source, vague word). A reports query reads one digest
 * row and the outlets row instead of thousands of claims, then only the claims it shows.
 *
 * Digests are kept in step by the write layer (writes.ts), inside the same transactions as the
 * claims; the pure helpers here build and patch them.
 */
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { vagueTermOf } from './agreement';
import type { Claim, Source } from './types';

/** The facts of one claim that grouping needs. Short keys: a digest holds thousands. */
export interface DigestEntry {
  v: number | null;
  q: Qualifier;
  s: Side;
  /** Claimant id, or null when the claim names none. */
  c: string | null;
  /** Source id. */
  src: string;
  /** Vague quantity word ("dozens"), for vague claims. */
  t?: string;
}

export interface MetricDigest {
  metric: string;
  entries: Record<string, DigestEntry>;
  claimants: Record<string, ClaimantRef>;
}

/** Outlet per source id (null: the source does not name it), kept in one meta row. */
export type OutletMap = Record<string, string | null>;
export const OUTLETS_META_KEY = 'outlets';

export function emptyDigest(metric: string): MetricDigest {
  return { metric, entries: {}, claimants: {} };
}

export function digestEntryOf(claim: Claim): DigestEntry {
  const entry: DigestEntry = { v: claim.value, q: claim.qualifier, s: claim.side, c: claim.claimant?.id ?? null, src: claim.sourceId };
  if (claim.value === null || claim.qualifier === 'vague') {
    const term = vagueTermOf(claim.selector.exact);
    if (term) entry.t = term;
  }
  return entry;
}

/** Builds digests from scratch (upgrade, repair, claims written before digests existed). */
export function buildDigests(claims: Iterable<Claim>): Map<string, MetricDigest> {
  const digests = new Map<string, MetricDigest>();
  for (const claim of claims) {
    let digest = digests.get(claim.metric);
    if (!digest) {
      digest = emptyDigest(claim.metric);
      digests.set(claim.metric, digest);
    }
    addToDigest(digest, claim);
  }
  return digests;
}

export function addToDigest(digest: MetricDigest, claim: Claim): void {
  digest.entries[claim.id] = digestEntryOf(claim);
  if (claim.claimant) digest.claimants[claim.claimant.id] = claim.claimant;
}

export function removeFromDigest(digest: MetricDigest, claimId: string): void {
  delete digest.entries[claimId];
}

export function outletsOf(sources: Iterable<Source>): OutletMap {
  const outlets: OutletMap = {};
  for (const source of sources) outlets[source.id] = source.outlet;
  return outlets;
}
