/**
 * Deleting with undo. A delete moves the rows it removes into a trash entry (a meta row) in the
 * same transaction, and hands back its token; undoDelete puts them back exactly as they were,
 * tombstones lifted. Only the last few entries are kept, so the trash cannot grow without bound,
 * and a delete that cannot also keep its trash (storage full) still deletes, without undo.
 */
import { type CrosstallyDb, fromStoredClaim } from './db';
import { guardQuota, StoreError } from './errors';
import type { DeleteResult, UndoResult } from './manager-types';
import { keepingView } from './manager-view-patch';
import type { Claim, Source, SourceDocument } from './types';
import { putClaims, putSources, removeClaims, writeTables } from './writes';

const TRASH_PREFIX = 'trash:';
/** Undo reaches back this many deletes. */
export const MAX_TRASH_ENTRIES = 10;

interface TrashEntry {
  deletedAt: number;
  claims: Claim[];
  sources: Source[];
  documents: SourceDocument[];
}

function trashTables(db: CrosstallyDb) {
  return [...writeTables(db), db.tombstones, db.documents, db.meta];
}

/** Sortable by time (zero-padded), unique by a random tail. */
function newToken(now: number): string {
  return `${String(now).padStart(15, '0')}-${Math.random().toString(36).slice(2, 10)}`;
}

async function pruneTrash(db: CrosstallyDb): Promise<void> {
  const keys = (await db.meta.where('key').startsWith(TRASH_PREFIX).primaryKeys()).sort();
  await db.meta.bulkDelete(keys.slice(0, Math.max(0, keys.length - MAX_TRASH_ENTRIES)));
}

/** Removes claims and sources; seed and imported claims leave tombstones so reseeding keeps them gone. */
async function removeRows(
  db: CrosstallyDb,
  claimIds: string[],
  sourceIds: string[],
  now: number,
  keepTrash: boolean,
) {
  const claims = (await db.claims.bulkGet(claimIds)).filter((row) => row !== undefined).map(fromStoredClaim);
  const sources = (await db.sources.bulkGet(sourceIds)).filter((row) => row !== undefined);
  const documents = (await db.documents.bulkGet(sourceIds)).filter((row) => row !== undefined);
  if (claims.length === 0 && sources.length === 0) return { deleted: 0, undoToken: null };
  await removeClaims(
    db,
    claims.map((claim) => claim.id),
  );
  await db.sources.bulkDelete(sources.map((source) => source.id));
  await db.documents.bulkDelete(documents.map((doc) => doc.sourceId));
  const tombstones = claims
    .filter((claim) => claim.origin !== 'user')
    .map((claim) => ({ id: claim.id, deletedAt: now }));
  await db.tombstones.bulkPut(tombstones);
  let undoToken: string | null = null;
  if (keepTrash) {
    undoToken = newToken(now);
    const entry: TrashEntry = { deletedAt: now, claims, sources, documents };
    await db.meta.put({ key: TRASH_PREFIX + undoToken, value: entry });
    await pruneTrash(db);
  }
  return { deleted: claims.length, undoToken };
}

async function deleteWithUndo(
  db: CrosstallyDb,
  claimIds: () => Promise<string[]>,
  sourceIds: string[],
  now: number,
) {
  const write = (keepTrash: boolean) => () =>
    db.transaction('rw', trashTables(db), async () =>
      removeRows(db, await claimIds(), sourceIds, now, keepTrash),
    );
  const run = (keepTrash: boolean) =>
    guardQuota(() =>
      keepingView(db, write(keepTrash), { before: claimIds, claimsOnly: sourceIds.length === 0 }),
    );
  try {
    return await run(true);
  } catch (error) {
    // Keeping the deleted rows for undo needs room; deleting alone frees it.
    if (error instanceof StoreError && error.code === 'quota') return run(false);
    throw error;
  }
}

/** Deletes claims (ids not in the store are skipped). */
export function deleteClaims(db: CrosstallyDb, ids: string[], now = Date.now()): Promise<DeleteResult> {
  return deleteWithUndo(db, async () => [...new Set(ids)], [], now);
}

/** Deletes a source with all its claims and its stored text. */
export async function deleteSource(
  db: CrosstallyDb,
  sourceId: string,
  now = Date.now(),
): Promise<DeleteResult> {
  if (!(await db.sources.get(sourceId)))
    throw new StoreError('not-found', `No source "${sourceId}" in the store.`);
  return deleteWithUndo(
    db,
    () => db.claims.where('sourceId').equals(sourceId).primaryKeys(),
    [sourceId],
    now,
  );
}

/** Puts back what a delete removed, as it was; the entry is used up. */
export function undoDelete(db: CrosstallyDb, token: string): Promise<UndoResult> {
  let sourcesBack = 0;
  const restoredIds = async () => {
    const entry = (await db.meta.get(TRASH_PREFIX + token))?.value as TrashEntry | undefined;
    sourcesBack = entry?.sources.length ?? 0;
    return entry?.claims.map((claim) => claim.id) ?? [];
  };
  return guardQuota(() =>
    keepingView(
      db,
      () =>
        db.transaction('rw', trashTables(db), async () => {
          const row = await db.meta.get(TRASH_PREFIX + token);
          if (!row) throw new StoreError('not-found', 'That delete can no longer be undone.');
          const entry = row.value as TrashEntry;
          await putSources(db, entry.sources);
          await db.documents.bulkPut(entry.documents);
          await putClaims(db, entry.claims);
          await db.tombstones.bulkDelete(entry.claims.map((claim) => claim.id));
          await db.meta.delete(row.key);
          return { claims: entry.claims.length, sources: entry.sources.length };
        }),
      { before: restoredIds, claimsOnly: () => sourcesBack === 0 },
    ),
  );
}

/**
 * Puts a claim back exactly as given (undo of an edit: the page hands back the claim it showed
 * before the change). Its source must still be in the store.
 */
export function restoreClaim(db: CrosstallyDb, claim: Claim): Promise<Claim> {
  return guardQuota(() =>
    keepingView(
      db,
      () =>
        db.transaction('rw', [...writeTables(db), db.tombstones], async () => {
          if (!(await db.sources.get(claim.sourceId))) {
            throw new StoreError(
              'not-found',
              `The claim's source "${claim.sourceId}" is no longer in the store.`,
              [`claim.sourceId: no source "${claim.sourceId}" in the store`],
            );
          }
          await putClaims(db, [claim]);
          await db.tombstones.delete(claim.id);
          return claim;
        }),
      { after: () => [claim.id], claimsOnly: true },
    ),
  );
}
