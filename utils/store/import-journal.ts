/**
 * The import journal: an import is written in many short transactions (so pages are not kept
 * waiting), and each of them also records what it replaced. Finished, the journal is dropped in
 * one step; failed (a bad chunk, a full disk), or cut short (the service worker killed), the
 * journal is played back in reverse and the store is as it was before the import. Seen from a
 * reader, an import lands whole or not at all.
 */
import { claimRows } from './claim-rows';
import type { CrosstallyDb, ImportJournalRow } from './db';
import { fromStoredClaim } from './db';
import { patchDigests, putReadClaimRows, putSources, removeClaims, writeTables } from './writes';

/** Every table an import writes, the journal included. */
export function importTables(db: CrosstallyDb) {
  return [...writeTables(db), db.tombstones, db.documents, db.importJournal];
}

export function emptyJournalRow(importId: string): ImportJournalRow {
  return {
    importId,
    addedClaims: [],
    addedSources: [],
    addedDocuments: [],
    claims: [],
    sources: [],
    documents: [],
    tombstones: [],
    metrics: [],
  };
}

/** Imports running in this context, by database: their journals are not leftovers. */
const running = new WeakMap<CrosstallyDb, string>();
/** One import at a time per database: a second waits for the first. */
const queues = new WeakMap<CrosstallyDb, Promise<unknown>>();

/** Runs an import with its id marked running; imports on the same database run one after another. */
export function runImport<T>(db: CrosstallyDb, importId: string, write: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      await rollBackInterruptedImports(db);
      running.set(db, importId);
      try {
        return await write();
      } finally {
        running.delete(db);
      }
    });
  queues.set(db, next);
  return next;
}

/** Whether an import is being written to this database in this context (its chunks keep coming). */
export function importRunning(db: CrosstallyDb): boolean {
  return running.has(db);
}

/**
 * Puts back what one journal row's chunk replaced, in one transaction. Idempotent (an import
 * writes each id once), so an undo cut short simply runs again.
 */
async function undoRow(db: CrosstallyDb, row: ImportJournalRow): Promise<void> {
  await db.transaction('rw', importTables(db), async () => {
    // Deletes first: on a full disk they free the room the puts need.
    await removeClaims(db, row.addedClaims);
    await db.documents.bulkDelete(row.addedDocuments);
    await db.sources.bulkDelete(row.addedSources);
    await putSources(db, row.sources);
    // The claims as they were, over what the import wrote, with their digest buckets. Patching
    // is idempotent, so this holds whether or not the import got to patch the digests.
    const current = await claimRows(
      db,
      row.claims.map((claim) => claim.id),
    );
    await putReadClaimRows(db, row.claims, current);
    await patchDigests(db, current.filter((claim) => claim !== undefined).map(fromStoredClaim), row.claims);
    await db.tombstones.bulkPut(row.tombstones);
    await db.documents.bulkPut(row.documents);
  });
}

/**
 * Undoes an import's chunks, newest first, each in one transaction with its digest rows; the
 * journal goes last, so an undo cut short is done again in full.
 */
export async function rollBackImport(db: CrosstallyDb, importId: string): Promise<number> {
  const seqs = (await db.importJournal.where('importId').equals(importId).primaryKeys()).sort(
    (a, b) => b - a,
  );
  for (const seq of seqs) {
    const row = await db.importJournal.get(seq);
    if (row) await undoRow(db, row);
  }
  await commitImport(db, importId);
  return seqs.length;
}

/** Rolls back the journal of any import not running here (one cut short by a restart). */
export async function rollBackInterruptedImports(db: CrosstallyDb): Promise<string[]> {
  const ids = new Set<string>();
  await db.importJournal.each((row) => {
    if (row.importId !== running.get(db)) ids.add(row.importId);
  });
  for (const id of ids) await rollBackImport(db, id);
  return [...ids];
}

/** Drops an import's journal: from now on its writes stay. One transaction. */
export async function commitImport(db: CrosstallyDb, importId: string): Promise<void> {
  await db.importJournal.where('importId').equals(importId).delete();
}

const recovered = new WeakMap<CrosstallyDb, Promise<unknown>>();

/**
 * Before a request is answered: an import the last run of the background left half done, or one
 * whose undo failed (the disk still full), is undone first. Checked once per database handle,
 * and again after an undo that failed.
 */
export function ensureNoInterruptedImport(db: CrosstallyDb): Promise<unknown> {
  let promise = recovered.get(db);
  if (!promise) {
    promise = rollBackInterruptedImports(db);
    recovered.set(db, promise);
    promise.catch(() => recovered.delete(db));
  }
  return promise;
}

/** An import's undo failed: its journal stays, and the next request tries the undo again. */
export function undoPending(db: CrosstallyDb): void {
  recovered.delete(db);
}
