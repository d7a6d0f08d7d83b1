/**
 * Reading a published pack from its host: the index (or a single pack file), its detached
 * signature, and the shards that changed. Nothing here writes the store: what comes back is fully
 * checked (signature, key, digests, schema) or an error, so a bad version can never half-land.
 */

import { MAX_PACK_CHARS } from '../../limits';
import type { ClaimPackInput } from '../../store/claim-pack/schema';
import { parseClaimPackText } from '../../store/claim-pack/validate';
import { isPackIndex, parsePackIndex } from '../../store/published/index-file';
import type { PackIndex } from '../../store/published/shards';
import { parseSignature, SignatureError, sha256Hex, verifyBytes } from '../../store/published/signature';
import {
  planShardRefresh,
  type ShardState,
  type SubscriptionPreview,
} from '../../store/published/subscription';
import { type FetchLike, fetchFile, PackFetchError } from './fetch-file';

/** Per file: long enough for a large shard on a slow line, short enough that a stuck host is named. */
export const PACK_FETCH_TIMEOUT_MS = 60_000;
const MAX_SIGNATURE_BYTES = 4096;

/** Path under which a single-file pack (no index) is held, as its one "shard". */
export const SINGLE_FILE_SHARD = '';

/** A version as the host serves it: what the preview shows (bytes of index and shards), and more. */
export interface RemoteVersion extends Omit<SubscriptionPreview, 'url' | 'origin'> {
  etag: string | null;
  lastModified: string | null;
  /** Every shard of the version with its digest. */
  listed: { path: string; sha256: string }[];
  /** The shards fetched this time (new or changed), parsed and checked. */
  fetched: Map<string, ClaimPackInput>;
}

export type RemoteResult =
  | { status: 'not-modified' }
  | { status: 'key-changed'; newKey: string }
  | ({ status: 'new-version' } & RemoteVersion);

export interface HeldCopy {
  etag: string | null;
  lastModified: string | null;
  shards: Record<string, ShardState>;
}

function shardUrl(indexUrl: string, path: string): string {
  return new URL(path, indexUrl).href;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Fetches what changed since `held` (everything without it). `expectedKey`: the key the reader
 * accepted (null: accepted as unsigned; undefined: nothing accepted yet, as in a preview).
 */
export async function readRemotePack(
  fetchImpl: FetchLike,
  url: string,
  expectedKey: string | null | undefined,
  held?: HeldCopy,
): Promise<RemoteResult> {
  const top = await fetchFile(fetchImpl, url, {
    maxBytes: MAX_PACK_CHARS,
    timeoutMs: PACK_FETCH_TIMEOUT_MS,
    etag: held?.etag,
    lastModified: held?.lastModified,
  });
  if (top.status === 'not-modified') return { status: 'not-modified' };
  if (top.status !== 'ok') throw new PackFetchError('not-found', 'error.fetchMissing', { url });

  const sigFile = await fetchFile(fetchImpl, `${url}.sig`, {
    maxBytes: MAX_SIGNATURE_BYTES,
    timeoutMs: PACK_FETCH_TIMEOUT_MS,
    missingOk: true,
  });
  let signedBy: string | null = null;
  if (sigFile.status === 'ok') {
    const signature = parseSignature(decode(sigFile.bytes));
    // Verified against its own key first: a key change is only reported for a genuine signature.
    signedBy = await verifyBytes(top.bytes, signature);
    if (expectedKey && signedBy !== expectedKey) return { status: 'key-changed', newKey: signedBy };
    if (expectedKey === null) return { status: 'key-changed', newKey: signedBy };
  } else if (expectedKey) {
    throw new SignatureError('bad-signature', 'error.sigMissing', { url: `${url}.sig` });
  }

  const text = decode(top.bytes);
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // parseClaimPackText below says it is not JSON.
  }
  const version = { signedBy, etag: top.etag, lastModified: top.lastModified };
  if (!isPackIndex(parsed)) {
    if (text.length > MAX_PACK_CHARS) throw new PackFetchError('too-large', 'error.fetchUnreadable', { url });
    const pack = parseClaimPackText(text);
    const sha256 = await sha256Hex(top.bytes);
    const changed = held?.shards[SINGLE_FILE_SHARD]?.sha256 !== sha256;
    return {
      status: 'new-version',
      ...version,
      publisher: pack.generatedBy ?? new URL(url).host,
      title: pack.generatedBy ?? new URL(url).host,
      claims: pack.claims.length,
      sources: pack.sources.length,
      bytes: top.bytes.length,
      listed: [{ path: SINGLE_FILE_SHARD, sha256 }],
      fetched: changed ? new Map([[SINGLE_FILE_SHARD, pack]]) : new Map(),
    };
  }
  const index: PackIndex = parsePackIndex(text);
  const plan = planShardRefresh(held?.shards ?? {}, index.shards);
  const fetched = new Map<string, ClaimPackInput>();
  for (const path of plan.fetch) {
    const entry = index.shards.find((shard) => shard.path === path);
    if (!entry) continue;
    const file = await fetchFile(fetchImpl, shardUrl(url, path), {
      maxBytes: Math.min(entry.bytes, MAX_PACK_CHARS),
      timeoutMs: PACK_FETCH_TIMEOUT_MS,
    });
    if (file.status !== 'ok') throw new PackFetchError('not-found', 'error.fetchShardMissing', { path });
    if ((await sha256Hex(file.bytes)) !== entry.sha256) {
      throw new SignatureError('bad-signature', 'error.sigShardDigest', { path });
    }
    fetched.set(path, parseClaimPackText(decode(file.bytes)));
  }
  return {
    status: 'new-version',
    ...version,
    publisher: index.publisher,
    title: index.title,
    claims: index.claims,
    sources: index.sources,
    bytes: top.bytes.length + index.shards.reduce((sum, shard) => sum + shard.bytes, 0),
    listed: index.shards.map(({ path, sha256 }) => ({ path, sha256 })),
    fetched,
  };
}
