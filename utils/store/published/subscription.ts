/**
 * A subscription to a published pack: where it lives, whose key signs it, and what the store holds
 * of it. Pure: the background fetches (utils/background/subscriptions/*), this decides.
 *
 * A pack's records are kept apart from everyone else's by their ids: every source and claim id of
 * subscription S is prefixed `pack:S:`, so two publishers' "article-1" never meet, the overlay can
 * name the pack a report came from, and unsubscribing finds exactly the pack's records.
 */

import type { ClaimPackInput } from '../claim-pack/schema';
import type { ErrorIssue, ErrorKey, ErrorParams } from '../errors';

export interface ShardState {
  sha256: string;
  /** Namespaced source ids the shard brought into the store (to remove them when it drops them). */
  sourceIds: string[];
}

export interface Subscription {
  /** Short stable id, part of every namespaced record id. */
  id: string;
  /** The index (or single pack) address the reader gave. */
  url: string;
  publisher: string;
  title: string;
  /** The key the reader accepted; null when the pack is unsigned and the reader accepted that. */
  publicKey: string | null;
  /** A new key seen on refresh, waiting for the reader to accept it; nothing is updated until then. */
  pendingKey: string | null;
  subscribedAt: number;
  /** When the store last took a good version, and when the last check ran (good or not). */
  lastGoodAt: number | null;
  lastCheckedAt: number | null;
  /**
   * Why the last check kept the previous version; null when it went well. A plain string is how a
   * version before the error catalog stored it (English): still shown as it is.
   */
  lastError: SubscriptionError | string | null;
  etag: string | null;
  lastModified: string | null;
  /** Refresh interval chosen by the reader. */
  intervalHours: number;
  claims: number;
  shards: Record<string, ShardState>;
}

/** What the reader sees before subscribing. */
export interface SubscriptionPreview {
  url: string;
  /** scheme://host, the one origin the browser is asked to let Crosstally read. */
  origin: string;
  publisher: string;
  title: string;
  claims: number;
  sources: number;
  bytes: number;
  signedBy: string | null;
}

/**
 * A sentence the background keeps or sends for the manager: a key of the error catalog with its
 * parameters (rendered in the reader's language), and its English sentence for logs and tests.
 */
export interface SubscriptionError {
  key: ErrorKey;
  params?: ErrorParams;
  reasons?: ErrorIssue[];
  message: string;
}

/** A refresh's result, with what happened for the manager. */
export interface RefreshOutcome {
  subscription: Subscription;
  /** What happened, in English ("Kept the previous version: …" when `kept`). */
  message: string;
  /** What happened as a key: the update's result, or why the previous version was kept. */
  said: SubscriptionError;
  /** Whether the refresh failed and the previous version stays. */
  kept: boolean;
}

/** What unsubscribing removed, and how many reader-edited claims it kept. */
export interface UnsubscribeResult {
  claims: number;
  keptEdited: number;
}

export const REFRESH_INTERVALS_HOURS = [6, 24, 24 * 7] as const;
export const DEFAULT_INTERVAL_HOURS = 24;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks an address a reader typed: https, or http on this computer only; no credentials in it.
 * Returns the normalised URL, or the reason it is refused (a key of the error catalog).
 */
export function checkPackUrl(text: string): { url: string; origin: string } | { error: ErrorKey } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: 'error.urlNotWeb' };
  }
  if (url.username || url.password) return { error: 'error.urlCredentials' };
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { error: 'error.urlNotHttps' };
  }
  url.hash = '';
  return { url: url.href, origin: `${url.protocol}//${url.host}` };
}

/** The host-permission pattern for exactly the pack's origin ("https://desk.example/*"). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export const PACK_ID_PREFIX = 'pack:';

/** The namespaced id of a record of subscription `subscriptionId`. */
export function packRecordId(subscriptionId: string, id: string): string {
  return `${PACK_ID_PREFIX}${subscriptionId}:${id}`;
}

/** The subscription a source or claim id belongs to; null for the reader's own, the seed's, imports'. */
export function subscriptionOfId(id: string): string | null {
  if (!id.startsWith(PACK_ID_PREFIX)) return null;
  const end = id.indexOf(':', PACK_ID_PREFIX.length);
  return end > PACK_ID_PREFIX.length ? id.slice(PACK_ID_PREFIX.length, end) : null;
}

/** A shard (or single pack) with every id moved into the subscription's namespace. */
export function namespacePack(subscriptionId: string, pack: ClaimPackInput): ClaimPackInput {
  const ns = (id: string) => packRecordId(subscriptionId, id);
  return {
    ...pack,
    sources: pack.sources.map((source) => ({ ...source, id: ns(source.id) })),
    claims: pack.claims.map((claim) => ({
      ...claim,
      id: ns(claim.id),
      sourceId: ns(claim.sourceId),
      // A pack's claims are the publisher's, whatever origin the file says.
      origin: 'import' as const,
    })),
    ...(pack.documents
      ? { documents: pack.documents.map((doc) => ({ ...doc, sourceId: ns(doc.sourceId) })) }
      : {}),
  };
}

/** Which shards to fetch (new or changed digest) and which to drop, given a fresh index. */
export function planShardRefresh(
  held: Record<string, ShardState>,
  listed: readonly { path: string; sha256: string }[],
): { fetch: string[]; drop: string[]; keep: string[] } {
  const fetch: string[] = [];
  const keep: string[] = [];
  const listedPaths = new Set(listed.map((shard) => shard.path));
  for (const shard of listed) (held[shard.path]?.sha256 === shard.sha256 ? keep : fetch).push(shard.path);
  const drop = Object.keys(held).filter((path) => !listedPaths.has(path));
  return { fetch, drop, keep };
}

/** Whether a subscription is due for its scheduled refresh. */
export function refreshDue(subscription: Subscription, now: number): boolean {
  const last = subscription.lastCheckedAt ?? 0;
  return now - last >= subscription.intervalHours * 3600_000;
}

/** A short id for a new subscription, unique among the existing ones. */
export function newSubscriptionId(existing: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    if (!existing.includes(id)) return id;
  }
}
