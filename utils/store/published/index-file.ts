/**
 * Reading a pack index someone else published: nothing in it is trusted. Shard paths must be plain
 * file names beside the index (no "../", no other host), digests must be hex SHA-256, counts sane.
 */
import { z } from 'zod';
import { StoreError } from '../errors';
import { zodIssues } from '../zod-issues';
import { PACK_INDEX_FORMAT, PACK_INDEX_VERSION, type PackIndex } from './shards';

/** An index larger than this is not "a small index file". */
export const MAX_INDEX_CHARS = 1024 * 1024;
const MAX_SHARDS = 4096;

const shardEntrySchema = z.strictObject({
  path: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/, 'error.issue.shardFileName'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'error.issue.sha256'),
  bytes: z.int().min(1),
  claims: z.int().min(0),
  sources: z.int().min(0),
});

const packIndexSchema = z.strictObject({
  format: z.literal(PACK_INDEX_FORMAT),
  version: z.literal(PACK_INDEX_VERSION),
  publisher: z.string().min(1).max(300),
  title: z.string().min(1).max(500),
  createdAt: z.int().min(0),
  claims: z.int().min(0),
  sources: z.int().min(0),
  shards: z.array(shardEntrySchema).max(MAX_SHARDS),
});

/** Whether parsed JSON looks like a pack index (rather than a single claim pack). */
export function isPackIndex(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === PACK_INDEX_FORMAT
  );
}

/** Validates a pack index's text; throws StoreError naming every bad field. */
export function parsePackIndex(text: string): PackIndex {
  if (text.length > MAX_INDEX_CHARS) {
    throw new StoreError('too-large', 'error.indexTooLarge', {
      chars: String(text.length),
      limit: String(MAX_INDEX_CHARS),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StoreError('not-json', 'error.indexNotJson');
  }
  const result = packIndexSchema.safeParse(data);
  if (!result.success) {
    throw new StoreError('invalid-pack', 'error.indexInvalid', {}, zodIssues(result.error, 'index'));
  }
  const index = result.data as PackIndex;
  const paths = new Set<string>();
  for (const shard of index.shards) {
    if (paths.has(shard.path))
      throw new StoreError('invalid-pack', 'error.indexShardTwice', { path: shard.path });
    paths.add(shard.path);
  }
  const claims = index.shards.reduce((sum, s) => sum + s.claims, 0);
  if (claims !== index.claims) {
    throw new StoreError('invalid-pack', 'error.indexClaimCount', {
      listed: String(index.claims),
      held: String(claims),
    });
  }
  return index;
}
