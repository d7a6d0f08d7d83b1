/**
 * Claim blocks (schema 11): an import writes its claims as rows of BLOCK_CLAIMS claims each
 * instead of a row per claim. In real Chromium a row costs about as much to add as 30 claims
 * inside one (IndexedDB's per-request work, and each index entry), so a pack imports several times
 * faster (issue 17; `npm run bench:import-layouts`). Every other write (the reader's edits, saves
 * of read articles, the seed) keeps a row per claim; a claim lives in one place, a row or a block,
 * and leaves its block when it is written again or deleted (writes.ts).
 *
 * A block's indexes find its claims without reading it: every id (multi-entry, one entry per
 * claim), and its distinct metrics, sources and origins each with how many of its claims have
 * them (an entry `[value, count]`), so counts per source, origin or metric add up index keys and
 * read no claim. Pure: building and reading blocks; claim-rows.ts reads them, writes.ts writes.
 */
import type { StoredClaim } from './db';
import type { ClaimOrigin } from './types';

/**
 * Claims per block: a write of 32 claims in one row runs at ~47,000 claims/s against ~52,000 for
 * 64 (bench:import-layouts), while a read of one claim reads its whole block: small blocks keep
 * that cheap.
 */
export const BLOCK_CLAIMS = 32;

/** A field's value with how many of a block's claims have it. */
export type Tally<T> = [value: T, count: number];

export interface ClaimBlock {
  /** The writing import's key for this block (unique: the import's id and the block's number). */
  key: string;
  /** The claims, by id, as rows would hold them (without `block`). */
  claims: StoredClaim[];
  /** Their ids (multi-entry index). */
  ids: string[];
  metrics: Tally<string>[];
  sources: Tally<string>[];
  origins: Tally<ClaimOrigin>[];
}

/** The block indexes of the fields a claim lookup may filter on, with the field each tallies. */
export const TALLY_INDEX = { metric: 'metrics', sourceId: 'sources', origin: 'origins' } as const;
export type TalliedField = keyof typeof TALLY_INDEX;

const byId = (a: StoredClaim, b: StoredClaim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function tallies<T extends string>(values: T[]): Tally<T>[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts];
}

/** One block of these claims (sorted by id here), under `key`. */
export function blockOf(key: string, claims: StoredClaim[]): ClaimBlock {
  const sorted = claims.map(withoutBlock).sort(byId);
  return {
    key,
    claims: sorted,
    ids: sorted.map((claim) => claim.id),
    metrics: tallies(sorted.map((claim) => claim.metric)),
    sources: tallies(sorted.map((claim) => claim.sourceId)),
    origins: tallies(sorted.map((claim) => claim.origin)),
  };
}

/** The claims cut into blocks of BLOCK_CLAIMS by id, keyed `${prefix}:${n}`. */
export function blocksOf(prefix: string, claims: readonly StoredClaim[]): ClaimBlock[] {
  const sorted = [...claims].sort(byId);
  const blocks: ClaimBlock[] = [];
  for (let at = 0; at < sorted.length; at += BLOCK_CLAIMS)
    blocks.push(blockOf(`${prefix}:${blocks.length}`, sorted.slice(at, at + BLOCK_CLAIMS)));
  return blocks;
}

/** The block's claims as readers get them: each knows its block, so a write can take it out. */
export function claimsOfBlock(block: ClaimBlock, keep?: (claim: StoredClaim) => boolean): StoredClaim[] {
  const claims: StoredClaim[] = [];
  for (const claim of block.claims) if (!keep || keep(claim)) claims.push({ ...claim, block: block.key });
  return claims;
}

/** The stored claim without the block a reader marked it with. */
export function withoutBlock(claim: StoredClaim): StoredClaim {
  if (claim.block === undefined) return claim;
  const { block: _block, ...row } = claim;
  return row;
}

/** The key range of a tallied index for one value (any count). */
export function tallyRange<T extends string>(value: T): [Tally<T>, Tally<T>] {
  return [
    [value, 0],
    [value, Number.MAX_SAFE_INTEGER],
  ];
}
