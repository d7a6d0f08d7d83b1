/**
 * The write layer: every write of claims or sources goes through here, so the search words (word
 * rows) and the per-metric digests change in the same transaction as the rows themselves. Call
 * inside a rw transaction over writeTables(db) (plus whatever else the caller writes). Put sources
 * before the claims that cite them: a claim's outlet is read from its source when it is written.
 */
import type { Table } from 'dexie';
import { blockOf, blocksOf } from './claim-blocks';
import { allClaimRows, claimRows, claimsOfSource } from './claim-rows';
import { type CrosstallyDb, fromStoredClaim, type StoredClaim, toStoredClaim } from './db';
import { patchDigestRows } from './digest-patch';
import { clearDigests, replaceDigests, rowKeyOf } from './digest-rows';
import { segmentUnitKeyOf } from './digest-segments';
import { buildDigests, outletKeyOf } from './digests';
import { forgetPendingWords, type ImportWordBatches } from './import-words';
import { FIRST_VERSION } from './manager/types';
import { sourceRows } from './source-rows';
import type { Claim, Source } from './types';
import { nextWordBatch, removeWords, wordRowsOf } from './word-rows';
import { claimWords, sameClaimWords } from './words';

export function writeTables(db: CrosstallyDb): Table[] {
  return [db.claims, db.claimBlocks, db.sources, db.digestGroups, db.words, db.meta];
}

/**
 * Takes these stored claims out of the blocks holding them (claim-blocks.ts): each block is read
 * and rewritten once without them, or deleted when none of its claims is left.
 */
async function leaveBlocks(db: CrosstallyDb, stored: readonly (StoredClaim | undefined)[]): Promise<void> {
  const leaving = new Map<string, Set<string>>();
  for (const claim of stored) {
    if (claim?.block === undefined) continue;
    const ids = leaving.get(claim.block) ?? new Set<string>();
    ids.add(claim.id);
    leaving.set(claim.block, ids);
  }
  const keys = [...leaving.keys()];
  const blocks = await db.claimBlocks.bulkGet(keys);
  const emptied: string[] = [];
  const rewritten = blocks.flatMap((block, i) => {
    if (!block) return [];
    const ids = leaving.get(block.key);
    const kept = block.claims.filter((claim) => !ids?.has(claim.id));
    if (kept.length === 0) emptied.push(keys[i] as string);
    return kept.length === 0 || kept.length === block.claims.length ? [] : [blockOf(block.key, kept)];
  });
  if (rewritten.length > 0) await db.claimBlocks.bulkPut(rewritten);
  if (emptied.length > 0) await db.claimBlocks.bulkDelete(emptied);
}

/**
 * Writes claim rows over `stored` (stored[i]: the row claims[i] replaces, if any) with their word
 * rows: a claim whose words did not change keeps its batch; the others leave their old word rows
 * and go into one new batch. An import passes `importWords`: the batch is then the import's, and
 * its word rows are written after its last chunk (import-words.ts). With `blockKey` the claims are
 * written as blocks keyed from it (an import's chunk; claim-blocks.ts), else as rows; either way
 * each leaves the row or block it was in.
 */
async function writeClaimRows(
  db: CrosstallyDb,
  claims: readonly Claim[],
  stored: readonly (StoredClaim | undefined)[],
  versionOf: (claim: Claim, i: number) => number,
  importWords?: ImportWordBatches,
  blockKey?: string,
): Promise<void> {
  const keeps = claims.map((claim, i) => {
    const row = stored[i];
    return row !== undefined && typeof row.wordBatch === 'number' && sameClaimWords(row, claim);
  });
  const moving = claims
    .filter((_claim, i) => !keeps[i])
    .map((claim) => ({ id: claim.id, words: claimWords(claim) }));
  const leaving = stored.filter((row, i): row is StoredClaim => row !== undefined && !keeps[i]);
  await removeWords(db, leaving);
  forgetPendingWords(db, leaving);
  let batch = 0;
  if (moving.length > 0 && importWords) batch = await importWords.add(db, moving);
  else if (moving.length > 0) {
    batch = await nextWordBatch(db);
    await db.words.bulkPut(wordRowsOf(moving, batch));
  }
  const rows = claims.map((claim, i) =>
    toStoredClaim(claim, versionOf(claim, i), keeps[i] ? (stored[i]?.wordBatch ?? batch) : batch),
  );
  if (stored.some((row) => row?.block !== undefined)) await leaveBlocks(db, stored);
  if (blockKey === undefined) {
    await db.claims.bulkPut(rows);
    return;
  }
  const wereRows = stored
    .filter((row): row is StoredClaim => row !== undefined && row.block === undefined)
    .map((row) => row.id);
  if (wereRows.length > 0) await db.claims.bulkDelete(wereRows);
  await db.claimBlocks.bulkPut(blocksOf(blockKey, rows));
}

/** The outlet key of each claim's source, by source id (one read per source). */
export async function outletKeys(db: CrosstallyDb, claims: readonly Claim[]): Promise<Map<string, string>> {
  const ids = [...new Set(claims.map((claim) => claim.sourceId))];
  const sources = await sourceRows(db, ids);
  return new Map(ids.map((id, i) => [id, outletKeyOf(sources[i], id)]));
}

/** Moves `removed` (as stored) out of the digests and `added` in: only their buckets' group rows change. */
export async function patchDigests(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
): Promise<void> {
  if (removed.length === 0 && added.length === 0) return;
  const outlets = await outletKeys(db, added);
  await patchDigestRows(
    db,
    removed,
    added,
    (claim) => outlets.get(claim.sourceId) ?? outletKeyOf(undefined, claim.sourceId),
  );
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
  const stored = await claimRows(
    db,
    claims.map((claim) => claim.id),
  );
  const previous = stored.filter((claim) => claim !== undefined).map(fromStoredClaim);
  const versionOf = (claim: Claim, i: number) => {
    const current = stored[i]?.version;
    return current === undefined ? (restoredVersions.get(claim.id) ?? FIRST_VERSION) : current + 1;
  };
  await writeClaimRows(db, claims, stored, versionOf);
  await patchDigests(db, previous, claims);
}

export async function removeClaims(db: CrosstallyDb, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const stored = (await claimRows(db, ids)).filter((claim) => claim !== undefined);
  await db.claims.bulkDelete(ids);
  if (stored.some((row) => row.block !== undefined)) await leaveBlocks(db, stored);
  await removeWords(db, stored);
  forgetPendingWords(db, stored);
  await patchDigests(db, stored.map(fromStoredClaim), []);
}

/** Adds or replaces sources; a source whose outlet changed updates the digests of its claims. */
export async function putSources(db: CrosstallyDb, sources: Source[]): Promise<void> {
  if (sources.length === 0) return;
  await putReadSources(db, sources, await db.sources.bulkGet(sources.map((source) => source.id)));
}

/**
 * putSources given the rows already read by the caller (`previous[i]`: the row sources[i]
 * replaces, if any), so an import chunk reads each source once.
 */
export async function putReadSources(
  db: CrosstallyDb,
  sources: readonly Source[],
  previous: readonly (Source | undefined)[],
): Promise<void> {
  if (sources.length === 0) return;
  await db.sources.bulkPut([...sources]);
  const changed = sources
    .filter(
      (source, i) => previous[i] && outletKeyOf(previous[i], source.id) !== outletKeyOf(source, source.id),
    )
    .map((source) => source.id);
  if (changed.length === 0) return;
  const affected = (await Promise.all(changed.map((id) => claimsOfSource(db, id))))
    .flat()
    .map(fromStoredClaim);
  await patchDigests(db, affected, affected);
}

/**
 * Writes claim rows already read by the caller (`stored[i]`: the row claims[i] replaces, if any),
 * so a chunk of an import reads each id once. Versions go up as with every write (an editor
 * opened before the import is told). The digests are left to the caller: an import patches them
 * once for all its chunks (patchDigestSlice), an undo per chunk; so are an import's word rows
 * (`importWords`). An import's chunk passes `blockKey` (unique to the chunk): its claims are then
 * written as blocks.
 */
export async function putReadClaimRows(
  db: CrosstallyDb,
  claims: readonly Claim[],
  stored: readonly (StoredClaim | undefined)[],
  importWords?: ImportWordBatches,
  blockKey?: string,
): Promise<void> {
  if (claims.length === 0) return;
  await writeClaimRows(db, claims, stored, nextVersion(stored), importWords, blockKey);
}

/** The version of a claim written over `stored[i]`: one more, or the first. */
const nextVersion =
  (stored: readonly (StoredClaim | undefined)[]) =>
  (_claim: Claim, i: number): number =>
    (stored[i]?.version ?? FIRST_VERSION - 1) + 1;

/**
 * Claims a metric gains per unit of an import's digest slices: a slice is sized in units (by the
 * time its transaction took), and a unit of a segment should cost about what a group row does.
 */
const SEGMENT_UNIT_CLAIMS = 500;

/** The claims leaving and entering one digest row. */
export interface DigestRowPatch {
  removed: Claim[];
  added: Claim[];
}

/**
 * The digest patch of many claims (an import's, after its rows are written) cut by the row it
 * writes, so it can be written in slices of whole rows, each read and written once: a group
 * that loses claims is patched in its own row; what the other groups of a metric only gain goes
 * into the import's segment of the metric (digest-segments.ts), in units of SEGMENT_UNIT_CLAIMS.
 * Sorted by row key, so a slice's group rows are read as one key range (digest-patch.ts).
 */
export function patchesByDigestRow(removed: readonly Claim[], added: readonly Claim[]): DigestRowPatch[] {
  const removing = new Set(removed.map(rowKeyOf));
  const byRow = new Map<string, DigestRowPatch>();
  /** Claims so far of each metric's segment units. */
  const gained = new Map<string, number>();
  const segmentUnit = (metric: string) => {
    const count = gained.get(metric) ?? 0;
    gained.set(metric, count + 1);
    return segmentUnitKeyOf(metric, Math.floor(count / SEGMENT_UNIT_CLAIMS));
  };
  const entry = (claim: Claim, adding: boolean) => {
    const group = rowKeyOf(claim);
    const key = adding && !removing.has(group) ? segmentUnit(claim.metric) : group;
    let found = byRow.get(key);
    if (!found) {
      found = { removed: [], added: [] };
      byRow.set(key, found);
    }
    return found;
  };
  for (const claim of removed) entry(claim, false).removed.push(claim);
  for (const claim of added) entry(claim, true).added.push(claim);
  return [...byRow].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, patch]) => patch);
}

/**
 * Writes a slice of patchesByDigestRow, given each added claim's outlet key (an import reads it
 * when it writes the claim's row, so a slice reads no source). `importId`: what the groups only
 * gain goes into the import's segments (digest-segments.ts).
 */
export function patchDigestSlice(
  db: CrosstallyDb,
  slice: readonly DigestRowPatch[],
  outletOf: (claim: Claim) => string,
  importId?: string,
): Promise<void> {
  return patchDigestRows(
    db,
    slice.flatMap((row) => row.removed),
    slice.flatMap((row) => row.added),
    outletOf,
    importId,
  );
}

/**
 * Rewrites claim rows whose digest bucket does not change (a figure that only moved in its
 * text): the digests are left alone. Versions go up as with every write.
 */
export async function putClaimRows(db: CrosstallyDb, claims: Claim[]): Promise<void> {
  if (claims.length === 0) return;
  const stored = await claimRows(
    db,
    claims.map((claim) => claim.id),
  );
  await writeClaimRows(db, claims, stored, nextVersion(stored));
}

/** Rebuilds every digest from the rows (to repair, or after writing rows directly in a bench). */
export async function rebuildDigests(db: CrosstallyDb): Promise<void> {
  const [claims, sources] = await Promise.all([allClaimRows(db), db.sources.toArray()]);
  await clearDigests(db);
  const bySource = new Map(sources.map((source) => [source.id, source]));
  await replaceDigests(db, buildDigests(claims.map(fromStoredClaim), bySource).values());
}
