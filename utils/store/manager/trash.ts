/**
 * Deleting with undo. A delete moves the rows it removes into a trash entry (a meta row) in the
 * same transaction, and hands back its token; undoDelete puts them back exactly as they were,
 * tombstones lifted. Only the last few entries are kept, so the trash cannot grow without bound,
 * and a delete that cannot also keep its trash (storage full) still deletes, without undo.
 *
 * Another manager tab may have changed the store in between: undo never overwrites or brings
 * back what it did not take away. A claim the store holds again stays as it is now, one whose
 * source went stays gone, and an edit or an add is undone only while the claim is at the
 * version this tab left it at (manager/versions.ts); the result says what was not undone.
 */
import { claimIdsOfSource, claimRow, claimRows } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { guardQuota, StoreError } from '../errors';
import type { Claim, Source, SourceDocument } from '../types';
import { putClaims, putSources, removeClaims, writeTables } from '../writes';
import type { DeleteResult, UndoResult, VersionedClaim } from './types';
import { changedElsewhere, deletedElsewhere } from './versions';
import { keepingView } from './view-patch';

const TRASH_PREFIX = 'trash:';
/** Undo reaches back this many deletes. */
export const MAX_TRASH_ENTRIES = 10;

interface TrashEntry {
  deletedAt: number;
  claims: Claim[];
  /** The claims' versions when deleted (parallel to `claims`; absent in entries of schema 2). */
  versions?: number[];
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
  const rows = (await claimRows(db, claimIds)).filter((row) => row !== undefined);
  const claims = rows.map(fromStoredClaim);
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
    const versions = rows.map((row) => row.version);
    const entry: TrashEntry = { deletedAt: now, claims, versions, sources, documents };
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

/**
 * Deletes claims (ids not in the store are skipped). With `versions` (parallel to `ids`: undo of
 * an add), a claim at another version refuses the whole delete: another tab changed it since.
 */
export function deleteClaims(
  db: CrosstallyDb,
  ids: string[],
  now = Date.now(),
  versions?: number[],
): Promise<DeleteResult> {
  const claimIds = async () => {
    if (versions) {
      const rows = await claimRows(db, ids);
      rows.forEach((row, i) => {
        if (row && row.version !== versions[i]) throw changedElsewhere(row, 'Not undone');
      });
    }
    return [...new Set(ids)];
  };
  return deleteWithUndo(db, claimIds, [], now);
}

/** Deletes a source with all its claims and its stored text. */
export async function deleteSource(
  db: CrosstallyDb,
  sourceId: string,
  now = Date.now(),
): Promise<DeleteResult> {
  if (!(await db.sources.get(sourceId)))
    throw new StoreError('not-found', 'error.sourceNotFound', { id: sourceId });
  return deleteWithUndo(db, () => claimIdsOfSource(db, sourceId), [sourceId], now);
}

/**
 * Puts back what a delete removed, as it was (each claim at the version it had); the entry is
 * used up. What the store holds again is kept as it is now; claims whose source went stay gone.
 */
export function undoDelete(db: CrosstallyDb, token: string): Promise<UndoResult> {
  let sourcesBack = 0;
  const restoredIds = async () => {
    const entry = (await db.meta.get(TRASH_PREFIX + token))?.value as TrashEntry | undefined;
    sourcesBack = entry?.sources.length ?? 0;
    return entry?.claims.map((claim) => claim.id) ?? [];
  };
  const restore = async (): Promise<UndoResult> => {
    const row = await db.meta.get(TRASH_PREFIX + token);
    if (!row) throw new StoreError('not-found', 'error.undoGone');
    const entry = row.value as TrashEntry;
    const present = await db.sources.bulkGet(entry.sources.map((source) => source.id));
    const sources = entry.sources.filter((_, i) => !present[i]);
    const sourceIds = new Set(sources.map((source) => source.id));
    await putSources(db, sources);
    await db.documents.bulkPut(entry.documents.filter((doc) => sourceIds.has(doc.sourceId)));
    const [stored, cited] = await Promise.all([
      claimRows(
        db,
        entry.claims.map((claim) => claim.id),
      ),
      db.sources.bulkGet(entry.claims.map((claim) => claim.sourceId)),
    ]);
    const versions = new Map<string, number>();
    const claims: Claim[] = [];
    let alreadyBack = 0;
    let sourceGone = 0;
    entry.claims.forEach((claim, i) => {
      if (stored[i]) alreadyBack++;
      else if (!cited[i]) sourceGone++;
      else {
        claims.push(claim);
        const version = entry.versions?.[i];
        if (version !== undefined) versions.set(claim.id, version);
      }
    });
    await putClaims(db, claims, versions);
    await db.tombstones.bulkDelete(claims.map((claim) => claim.id));
    await db.meta.delete(row.key);
    return { claims: claims.length, sources: sources.length, alreadyBack, sourceGone };
  };
  return guardQuota(() =>
    keepingView(db, () => db.transaction('rw', trashTables(db), restore), {
      before: restoredIds,
      claimsOnly: () => sourcesBack === 0,
    }),
  );
}

/**
 * Puts a claim back exactly as given (undo of an edit: the page hands back the claim it showed
 * before the change, and the version its edit left). Refused when the claim is at another
 * version or gone (another tab changed or deleted it since), or when its source is gone.
 */
export function restoreClaim(db: CrosstallyDb, claim: Claim, version: number): Promise<VersionedClaim> {
  return guardQuota(() =>
    keepingView(
      db,
      () =>
        db.transaction('rw', [...writeTables(db), db.tombstones], async (): Promise<VersionedClaim> => {
          const current = await claimRow(db, claim.id);
          if (!current) throw deletedElsewhere(claim.id, 'Not undone');
          if (current.version !== version) throw changedElsewhere(current, 'Not undone');
          if (!(await db.sources.get(claim.sourceId))) {
            throw new StoreError('not-found', 'error.restoreSourceGone', { id: claim.sourceId }, [
              { path: 'claim.sourceId', key: 'error.issue.noSourceInStore', params: { id: claim.sourceId } },
            ]);
          }
          await putClaims(db, [claim]);
          await db.tombstones.delete(claim.id);
          return { claim, version: current.version + 1 };
        }),
      { after: () => [claim.id], claimsOnly: true },
    ),
  );
}
