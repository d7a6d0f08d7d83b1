/**
 * Subscriptions to published packs, run by the background: preview (nothing stored), subscribe,
 * refresh (scheduled or on demand), accept a new key, unsubscribe. One operation at a time, so a
 * scheduled refresh and a click never interleave. A refresh that fails for any reason (offline,
 * timeout, 404, bad signature, schema error, oversized file) keeps the previous version intact and
 * records why, with the time of the last good update.
 */
import { type ErrorKey, type ErrorParams, englishError } from '../../i18n/error-messages';
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPackInput } from '../../store/claim-pack/schema';
import type { CrosstallyDb } from '../../store/db';
import { StoreError } from '../../store/errors';
import { applyImport } from '../../store/import-export';
import { packSourceIds, removePackSources } from '../../store/published/remove';
import { SignatureError } from '../../store/published/signature';
import {
  checkPackUrl,
  DEFAULT_INTERVAL_HOURS,
  namespacePack,
  newSubscriptionId,
  packRecordId,
  type RefreshOutcome,
  refreshDue,
  type ShardState,
  type Subscription,
  type SubscriptionError,
  type SubscriptionPreview,
} from '../../store/published/subscription';
import { type FetchLike, PackFetchError } from './fetch-file';
import { type RemoteVersion, readRemotePack } from './remote-pack';

export interface SubscriptionStorage {
  read(): Promise<Subscription[]>;
  write(list: Subscription[]): Promise<void>;
}

export interface SubscriptionDeps {
  db: CrosstallyDb;
  fetch: FetchLike;
  storage: SubscriptionStorage;
  now: () => number;
  /** Awaited between import chunks (pages first; keeps the worker alive). */
  beforeChunk?: () => Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function urlOrThrow(text: string): { url: string; origin: string } {
  const checked = checkPackUrl(text);
  if ('error' in checked) throw new StoreError('invalid', checked.error);
  return checked;
}

function normalizedKey(key: string | undefined): string | undefined {
  const trimmed = key?.trim();
  return trimmed ? trimmed : undefined;
}

/** A download or signature failure as a StoreError, so the manager gets its key (not "internal"). */
function readRemoteForReader(...args: Parameters<typeof readRemotePack>): ReturnType<typeof readRemotePack> {
  return readRemotePack(...args).catch((error: unknown) => {
    if (error instanceof PackFetchError || error instanceof SignatureError) {
      throw new StoreError('invalid', error.key, error.params);
    }
    throw error;
  });
}

export async function previewSubscription(
  deps: SubscriptionDeps,
  urlText: string,
  publicKey?: string,
): Promise<SubscriptionPreview> {
  const { url, origin } = urlOrThrow(urlText);
  const remote = await readRemoteForReader(deps.fetch, url, normalizedKey(publicKey));
  if (remote.status === 'key-changed') {
    throw new StoreError('invalid', 'error.subOtherKey', { key: remote.newKey });
  }
  if (remote.status !== 'new-version') throw new StoreError('invalid', 'error.subNothingToPreview');
  const { publisher, title, claims, sources, bytes, signedBy } = remote;
  return { url, origin, publisher, title, claims, sources, bytes, signedBy };
}

/** Writes a version's fetched shards and drops what it no longer lists; returns the new shard states. */
async function landVersion(
  deps: SubscriptionDeps,
  id: string,
  remote: RemoteVersion,
  held: Record<string, ShardState>,
): Promise<Record<string, ShardState>> {
  const namespaced = new Map<string, ClaimPackInput>();
  for (const [path, shard] of remote.fetched) namespaced.set(path, namespacePack(id, shard));
  const merged: ClaimPackInput = {
    format: CLAIM_PACK_FORMAT,
    version: CLAIM_PACK_VERSION,
    generatedBy: remote.publisher,
    createdAt: deps.now(),
    sources: [...namespaced.values()].flatMap((pack) => pack.sources),
    claims: [...namespaced.values()].flatMap((pack) => pack.claims),
    documents: [...namespaced.values()].flatMap((pack) => pack.documents ?? []),
  };
  if (merged.sources.length > 0) {
    await applyImport(deps.db, merged, {
      onConflict: 'keep-mine',
      now: deps.now(),
      beforeChunk: deps.beforeChunk,
    });
  }
  const listed = new Set(remote.listed.map((shard) => shard.path));
  const stale = Object.entries(held)
    .filter(([path]) => !listed.has(path) || namespaced.has(path))
    .flatMap(([, state]) => state.sourceIds);
  await removePackSources(deps.db, stale, {
    claimIds: new Set(merged.claims.map((claim) => claim.id)),
    sourceIds: new Set(merged.sources.map((source) => source.id)),
  });
  const shards: Record<string, ShardState> = {};
  for (const shard of remote.listed) {
    const fresh = namespaced.get(shard.path);
    const previous = held[shard.path];
    shards[shard.path] = fresh
      ? { sha256: shard.sha256, sourceIds: fresh.sources.map((source) => source.id) }
      : { sha256: shard.sha256, sourceIds: previous?.sourceIds ?? [] };
  }
  return shards;
}

export function subscribe(
  deps: SubscriptionDeps,
  urlText: string,
  publicKey?: string,
): Promise<Subscription> {
  return oneAtATime(async () => {
    const { url } = urlOrThrow(urlText);
    const list = await deps.storage.read();
    if (list.some((sub) => sub.url === url)) throw new StoreError('invalid', 'error.subAlready');
    const key = normalizedKey(publicKey);
    const remote = await readRemoteForReader(deps.fetch, url, key);
    if (remote.status !== 'new-version') {
      throw new StoreError('invalid', 'error.subKeyChangedMeanwhile');
    }
    const id = newSubscriptionId(list.map((sub) => sub.id));
    const shards = await landVersion(deps, id, remote, {});
    const now = deps.now();
    const subscription: Subscription = {
      id,
      url,
      publisher: remote.publisher,
      title: remote.title,
      publicKey: remote.signedBy,
      pendingKey: null,
      subscribedAt: now,
      lastGoodAt: now,
      lastCheckedAt: now,
      lastError: null,
      etag: remote.etag,
      lastModified: remote.lastModified,
      intervalHours: DEFAULT_INTERVAL_HOURS,
      claims: remote.claims,
      shards,
    };
    await deps.storage.write([...(await deps.storage.read()), subscription]);
    return subscription;
  });
}

async function update(deps: SubscriptionDeps, id: string, patch: (sub: Subscription) => Subscription) {
  const list = await deps.storage.read();
  const current = list.find((sub) => sub.id === id);
  if (!current) throw new StoreError('not-found', 'error.subRemoved');
  const next = patch(current);
  await deps.storage.write(list.map((sub) => (sub.id === id ? next : sub)));
  return next;
}

/** A sentence as the manager gets it: the key (rendered in the reader's language) and its English. */
function said(key: ErrorKey, params?: ErrorParams): SubscriptionError {
  const given = params && Object.keys(params).length > 0 ? { params } : {};
  return { key, ...given, message: englishError(key, params) };
}

/** Why a refresh failed, as a key: the store's, a download's or a signature's; other words as they are. */
function describe(error: unknown): SubscriptionError {
  if (error instanceof StoreError) {
    const reasons = error.reasons.length ? { reasons: [...error.reasons] } : {};
    return { ...said(error.key, error.params), ...reasons, message: error.message };
  }
  if (error instanceof PackFetchError || error instanceof SignatureError)
    return said(error.key, error.params);
  return said('error.issue.text', { text: error instanceof Error ? error.message : String(error) });
}

/** Thrown inside a refresh to keep the previous version for a reason already put as a key. */
class KeptFor extends Error {
  constructor(readonly reason: SubscriptionError) {
    super(reason.message);
  }
}

export function refreshSubscription(deps: SubscriptionDeps, id: string): Promise<RefreshOutcome> {
  return oneAtATime(async () => {
    const current = (await deps.storage.read()).find((sub) => sub.id === id);
    if (!current) throw new StoreError('not-found', 'error.subRemoved');
    const now = deps.now();
    try {
      if (current.pendingKey) throw new KeptFor(said('error.subNewKey'));
      const remote = await readRemotePack(deps.fetch, current.url, current.publicKey, current);
      if (remote.status === 'not-modified') {
        const subscription = await update(deps, id, (sub) => ({
          ...sub,
          lastCheckedAt: now,
          lastGoodAt: now,
          lastError: null,
        }));
        const upToDate = said('error.subUpToDate');
        return { subscription, message: upToDate.message, said: upToDate, kept: false };
      }
      if (remote.status === 'key-changed') {
        const newKey = said('error.subNewKey');
        const subscription = await update(deps, id, (sub) => ({
          ...sub,
          pendingKey: remote.newKey,
          lastCheckedAt: now,
          lastError: newKey,
        }));
        return { subscription, message: newKey.message, said: newKey, kept: false };
      }
      const shards = await landVersion(deps, id, remote, current.shards);
      const subscription = await update(deps, id, (sub) => ({
        ...sub,
        publisher: remote.publisher,
        title: remote.title,
        etag: remote.etag,
        lastModified: remote.lastModified,
        claims: remote.claims,
        shards,
        lastGoodAt: now,
        lastCheckedAt: now,
        lastError: null,
      }));
      const updated = said('error.subUpdated', { count: remote.fetched.size });
      return { subscription, message: updated.message, said: updated, kept: false };
    } catch (error) {
      const reason = error instanceof KeptFor ? error.reason : describe(error);
      const subscription = await update(deps, id, (sub) => ({
        ...sub,
        lastCheckedAt: now,
        lastError: reason,
      }));
      return {
        subscription,
        message: `Kept the previous version: ${reason.message}`,
        said: reason,
        kept: true,
      };
    }
  });
}

export async function acceptNewKey(deps: SubscriptionDeps, id: string): Promise<RefreshOutcome> {
  await oneAtATime(() =>
    update(deps, id, (sub) => {
      if (!sub.pendingKey) throw new StoreError('invalid', 'error.subNoNewKey');
      // Validators dropped: the version signed with the new key must be fetched in full.
      return { ...sub, publicKey: sub.pendingKey, pendingKey: null, etag: null, lastModified: null };
    }),
  );
  return refreshSubscription(deps, id);
}

export function setRefreshInterval(deps: SubscriptionDeps, id: string, hours: number): Promise<Subscription> {
  return oneAtATime(() => update(deps, id, (sub) => ({ ...sub, intervalHours: hours })));
}

/** Removes the pack's records (never the reader's edits to them) and the subscription. */
export function unsubscribe(
  deps: SubscriptionDeps,
  id: string,
): Promise<{ claims: number; keptEdited: number }> {
  return oneAtATime(async () => {
    const list = await deps.storage.read();
    if (!list.some((sub) => sub.id === id)) throw new StoreError('not-found', 'error.subNoSuch');
    const removed = await removePackSources(deps.db, await packSourceIds(deps.db, packRecordId(id, '')));
    await deps.storage.write(list.filter((sub) => sub.id !== id));
    return removed;
  });
}

/** The scheduled refresh: every subscription whose interval has passed. */
export async function refreshDueSubscriptions(deps: SubscriptionDeps): Promise<RefreshOutcome[]> {
  const due = (await deps.storage.read()).filter((sub) => refreshDue(sub, deps.now()));
  const outcomes: RefreshOutcome[] = [];
  for (const sub of due) outcomes.push(await refreshSubscription(deps, sub.id));
  return outcomes;
}
