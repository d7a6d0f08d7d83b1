/**
 * The write layer: every write of claims or sources goes through here, so the search words, the
 * per-metric digests and the outlets row change in the same transaction as the rows themselves.
 * Call inside a rw transaction over writeTables(db) (plus whatever else the caller writes).
 */
import type { Table } from 'dexie';
import { type CrosstallyDb, type StoredClaim, toStoredClaim } from './db';
import {
  addToDigest,
  buildDigests,
  emptyDigest,
  type MetricDigest,
  OUTLETS_META_KEY,
  type OutletMap,
  outletsOf,
  removeFromDigest,
} from './digests';
import type { Claim, Source } from './types';

export function writeTables(db: CrosstallyDb): Table[] {
  return [db.claims, db.sources, db.digests, db.meta];
}

async function patchDigests(db: CrosstallyDb, removed: StoredClaim[], added: Claim[]): Promise<void> {
  const metrics = [...new Set([...removed, ...added].map((claim) => claim.metric))];
  if (metrics.length === 0) return;
  const stored = await db.digests.bulkGet(metrics);
  const digests = new Map<string, MetricDigest>(metrics.map((metric, i) => [metric, stored[i] ?? emptyDigest(metric)]));
  for (const claim of removed) removeFromDigest(digests.get(claim.metric)!, claim.id);
  for (const claim of added) addToDigest(digests.get(claim.metric)!, claim);
  await db.digests.bulkPut([...digests.values()]);
}

/** Adds or replaces claims. */
export async function putClaims(db: CrosstallyDb, claims: Claim[]): Promise<void> {
  if (claims.length === 0) return;
  const previous = (await db.claims.bulkGet(claims.map((claim) => claim.id))).filter(
    (claim): claim is StoredClaim => claim !== undefined,
  );
  await db.claims.bulkPut(claims.map(toStoredClaim));
  await patchDigests(db, previous, claims);
}

export async function removeClaims(db: CrosstallyDb, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const previous = (await db.claims.bulkGet(ids)).filter((claim): claim is StoredClaim => claim !== undefined);
  await db.claims.bulkDelete(ids);
  await patchDigests(db, previous, []);
}

export async function putSources(db: CrosstallyDb, sources: Source[]): Promise<void> {
  if (sources.length === 0) return;
  await db.sources.bulkPut(sources);
  const outlets = ((await db.meta.get(OUTLETS_META_KEY))?.value as OutletMap | undefined) ?? {};
  Object.assign(outlets, outletsOf(sources));
  await db.meta.put({ key: OUTLETS_META_KEY, value: outlets });
}

/** Rebuilds every digest and the outlets row from the rows (after an upgrade, or to repair). */
export async function rebuildDigests(db: CrosstallyDb): Promise<void> {
  const [claims, sources] = await Promise.all([db.claims.toArray(), db.sources.toArray()]);
  await db.digests.clear();
  await db.digests.bulkPut([...buildDigests(claims).values()]);
  await db.meta.put({ key: OUTLETS_META_KEY, value: outletsOf(sources) });
}
