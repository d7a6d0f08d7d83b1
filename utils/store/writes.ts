/**
 * The write layer: every write of claims or sources goes through here, so the search words and
 * the per-metric digests change in the same transaction as the rows themselves. Call inside a rw
 * transaction over writeTables(db) (plus whatever else the caller writes). Put sources before
 * the claims that cite them: a claim's outlet is read from its source when the claim is written.
 */
import type { Table } from 'dexie';
import { type CrosstallyDb, fromStoredClaim, toStoredClaim } from './db';
import {
  addToDigest,
  buildDigests,
  emptyDigest,
  type MetricDigest,
  outletKeyOf,
  removeFromDigest,
} from './digests';
import { FIRST_VERSION } from './manager/types';
import type { Claim, Source } from './types';

export function writeTables(db: CrosstallyDb): Table[] {
  return [db.claims, db.sources, db.digests];
}

async function outletKeys(db: CrosstallyDb, claims: Claim[]): Promise<Map<string, string>> {
  const ids = [...new Set(claims.map((claim) => claim.sourceId))];
  const sources = await db.sources.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, outletKeyOf(sources[i], id)]));
}

async function patchDigests(db: CrosstallyDb, removed: Claim[], added: Claim[]): Promise<void> {
  const metrics = [...new Set([...removed, ...added].map((claim) => claim.metric))];
  if (metrics.length === 0) return;
  const [stored, outlets] = await Promise.all([db.digests.bulkGet(metrics), outletKeys(db, added)]);
  const digests = new Map<string, MetricDigest>(
    metrics.map((metric, i) => [metric, stored[i] ?? emptyDigest(metric)]),
  );
  const digestOf = (metric: string) => digests.get(metric) ?? emptyDigest(metric);
  for (const claim of removed) removeFromDigest(digestOf(claim.metric), claim);
  for (const claim of added) {
    addToDigest(
      digestOf(claim.metric),
      claim,
      outlets.get(claim.sourceId) ?? outletKeyOf(undefined, claim.sourceId),
    );
  }
  await db.digests.bulkPut([...digests.values()]);
}

/**
 * Adds or replaces claims. Each write adds one to the claim's version (a new claim starts at 1),
 * so a reader who started from an older version can be told (manager/versions.ts).
 * `restoredVersions`: claims put back by undo, exactly as they were before a delete, keep the
 * version they had then (when the store does not hold them again).
 */
export async function putClaims(
  db: CrosstallyDb,
  claims: Claim[],
  restoredVersions: ReadonlyMap<string, number> = new Map(),
): Promise<void> {
  if (claims.length === 0) return;
  const stored = await db.claims.bulkGet(claims.map((claim) => claim.id));
  const previous = stored.filter((claim) => claim !== undefined).map(fromStoredClaim);
  const versionOf = (claim: Claim, i: number) => {
    const current = stored[i]?.version;
    return current === undefined ? (restoredVersions.get(claim.id) ?? FIRST_VERSION) : current + 1;
  };
  await db.claims.bulkPut(claims.map((claim, i) => toStoredClaim(claim, versionOf(claim, i))));
  await patchDigests(db, previous, claims);
}

export async function removeClaims(db: CrosstallyDb, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const previous = (await db.claims.bulkGet(ids)).filter((claim) => claim !== undefined).map(fromStoredClaim);
  await db.claims.bulkDelete(ids);
  await patchDigests(db, previous, []);
}

/** Adds or replaces sources; a source whose outlet changed updates the digests of its claims. */
export async function putSources(db: CrosstallyDb, sources: Source[]): Promise<void> {
  if (sources.length === 0) return;
  const previous = await db.sources.bulkGet(sources.map((source) => source.id));
  await db.sources.bulkPut(sources);
  const changed = sources
    .filter(
      (source, i) => previous[i] && outletKeyOf(previous[i], source.id) !== outletKeyOf(source, source.id),
    )
    .map((source) => source.id);
  if (changed.length === 0) return;
  const affected = (await Promise.all(changed.map((id) => db.claims.where('sourceId').equals(id).toArray())))
    .flat()
    .map(fromStoredClaim);
  await patchDigests(db, affected, affected);
}

/**
 * Writes claim rows without touching the digests: for imports, which write many chunks and then
 * rebuild the digests of the metrics they touched once (rebuildMetricDigests), instead of
 * rewriting the same large digests for every chunk.
 */
export async function putClaimRows(db: CrosstallyDb, claims: Claim[]): Promise<void> {
  if (claims.length === 0) return;
  // Versions go up as with every write: an editor opened before the import is told.
  const stored = await db.claims.bulkGet(claims.map((claim) => claim.id));
  await db.claims.bulkPut(
    claims.map((claim, i) => toStoredClaim(claim, (stored[i]?.version ?? FIRST_VERSION - 1) + 1)),
  );
}

/** Rebuilds the digests of these metrics from the rows: one transaction per metric, `between` awaited before each. */
export async function rebuildMetricDigests(
  db: CrosstallyDb,
  metrics: Iterable<string>,
  between: () => Promise<void> = async () => undefined,
): Promise<void> {
  for (const metric of metrics) {
    await between();
    await db.transaction('rw', writeTables(db), async () => {
      const claims = (await db.claims.where('metric').equals(metric).toArray()).map(fromStoredClaim);
      const outlets = await outletKeys(db, claims);
      const digest = emptyDigest(metric);
      for (const claim of claims) {
        addToDigest(digest, claim, outlets.get(claim.sourceId) ?? outletKeyOf(undefined, claim.sourceId));
      }
      await db.digests.put(digest);
    });
  }
}

/** Rebuilds every digest from the rows (after an upgrade, or to repair). */
export async function rebuildDigests(db: CrosstallyDb): Promise<void> {
  const [claims, sources] = await Promise.all([db.claims.toArray(), db.sources.toArray()]);
  await db.digests.clear();
  const bySource = new Map(sources.map((source) => [source.id, source]));
  await db.digests.bulkPut([...buildDigests(claims.map(fromStoredClaim), bySource).values()]);
}
