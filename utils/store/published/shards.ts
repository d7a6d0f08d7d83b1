/**
 * Large published packs are split into shards listed in a small index file, so a subscriber
 * fetches the index and only the shards whose digest changed. A shard is itself a complete claim
 * pack (its sources, their claims and texts), so every shard imports on its own.
 *
 * Shards are stable: a source always lands in the same shard (a hash of its id), entries are
 * sorted, and a shard's timestamp is its newest claim's, so re-publishing a folder where one
 * article changed rewrites one shard. The shard count is a power of two, so it changes (and every
 * shard with it) only when a pack doubles. Pure: no Node, no browser APIs beyond Web Crypto.
 */
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPackInput } from '../claim-pack/schema';
import { type Bytes, sha256Hex } from './signature';

export const PACK_INDEX_FORMAT = 'crosstally-pack-index';
export const PACK_INDEX_VERSION = 1;
/** Claims per shard the publisher aims at: ~5 MB of JSON, well under 1 MB gzipped. */
export const DEFAULT_SHARD_CLAIMS = 10_000;

export interface ShardEntry {
  /** Path of the shard relative to the index file (a file name beside it). */
  path: string;
  /** Hex SHA-256 of the shard file's bytes: the index's signature covers every shard through it. */
  sha256: string;
  bytes: number;
  claims: number;
  sources: number;
}

/** The small file a subscriber polls; sign it and every shard is signed. */
export interface PackIndex {
  format: typeof PACK_INDEX_FORMAT;
  version: typeof PACK_INDEX_VERSION;
  /** Who publishes the pack (a desk, a newsroom): shown to the reader before subscribing. */
  publisher: string;
  title: string;
  createdAt: number;
  claims: number;
  sources: number;
  shards: ShardEntry[];
}

/** FNV-1a: a stable, cheap hash of a source id to pick its shard. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function shardCountFor(claims: number, shardClaims: number): number {
  let count = 1;
  while (count * shardClaims < claims) count *= 2;
  return count;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface ShardedPack {
  index: PackIndex;
  /** The shard files to write beside the index, with their exact text. */
  files: { path: string; text: string }[];
}

/**
 * Splits a pack into shards named `<baseName>.<n>.json`. `shardClaims` is a target: a shard holds
 * whole sources, so one very long article may exceed it.
 */
export async function shardPack(
  pack: ClaimPackInput,
  opts: { publisher: string; title: string; baseName: string; shardClaims?: number; createdAt?: number },
): Promise<ShardedPack> {
  const count = shardCountFor(pack.claims.length, Math.max(1, opts.shardClaims ?? DEFAULT_SHARD_CLAIMS));
  const buckets = Array.from({ length: count }, () => ({
    sources: [] as ClaimPackInput['sources'],
    claims: [] as ClaimPackInput['claims'],
    documents: [] as NonNullable<ClaimPackInput['documents']>,
  }));
  const bucketOf = new Map<string, number>();
  for (const source of [...pack.sources].sort(byId)) {
    const bucket = hashId(source.id) % count;
    bucketOf.set(source.id, bucket);
    buckets[bucket]?.sources.push(source);
  }
  for (const claim of [...pack.claims].sort(byId))
    buckets[bucketOf.get(claim.sourceId) ?? 0]?.claims.push(claim);
  for (const doc of pack.documents ?? []) buckets[bucketOf.get(doc.sourceId) ?? 0]?.documents.push(doc);

  const encoder = new TextEncoder();
  const files: ShardedPack['files'] = [];
  const shards: ShardEntry[] = [];
  const width = String(count - 1).length;
  for (const [n, bucket] of buckets.entries()) {
    if (bucket.sources.length === 0) continue;
    bucket.documents.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
    const shard: ClaimPackInput = {
      format: CLAIM_PACK_FORMAT,
      version: CLAIM_PACK_VERSION,
      ...(pack.generatedBy ? { generatedBy: pack.generatedBy } : {}),
      createdAt: bucket.claims.reduce((latest, c) => Math.max(latest, c.updatedAt ?? c.createdAt ?? 0), 0),
      sources: bucket.sources,
      claims: bucket.claims,
      ...(bucket.documents.length > 0 ? { documents: bucket.documents } : {}),
    };
    // One record per line: readable, diff-friendly, and gzip finds the repeated keys.
    const text = `${JSON.stringify(shard)}\n`;
    const bytes: Bytes = encoder.encode(text);
    const path = `${opts.baseName}.${String(n).padStart(width, '0')}.json`;
    files.push({ path, text });
    shards.push({
      path,
      sha256: await sha256Hex(bytes),
      bytes: bytes.length,
      claims: bucket.claims.length,
      sources: bucket.sources.length,
    });
  }
  return {
    index: {
      format: PACK_INDEX_FORMAT,
      version: PACK_INDEX_VERSION,
      publisher: opts.publisher,
      title: opts.title,
      createdAt: opts.createdAt ?? pack.createdAt,
      claims: pack.claims.length,
      sources: pack.sources.length,
      shards,
    },
    files,
  };
}
