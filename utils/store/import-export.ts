/**
 * Import and export of claim packs. An import is previewed first (added, updated, unchanged,
 * conflicting with the user's edits, per kind of record), then written in chunks of short
 * transactions that yield to pages between them; the import journal makes it all or nothing
 * (import-journal.ts). Each chunk is planned inside its own transaction, so a preview that went
 * stale cannot write stale data.
 */

import { englishError } from '../i18n/error-messages';
import { IMPORT_CHUNK_MS, IMPORT_CHUNK_RECORDS } from '../limits';
import type { ClaimPackInput } from './claim-pack/schema';
import { parseClaimPackText, validateClaimPack } from './claim-pack/validate';
import type { CrosstallyDb, ImportJournalRow } from './db';
import { guardQuota, StoreError } from './errors';
import {
  commitImport,
  emptyJournalRow,
  importTables,
  rollBackImport,
  runImport,
  undoPending,
} from './import-journal';
import { emptyResult, packOutletKeys, planClaims, planDocuments, planSources } from './import-plan';
import { ImportWordBatches, withImportWords } from './import-words';
import type { Claim, ConflictPolicy, ImportConflict, ImportPreview, ImportResult } from './types';
import {
  outletKeys,
  patchDigestSlice,
  patchesByDigestRow,
  putReadClaimRows,
  putReadSources,
  writeTables,
} from './writes';

const MIN_CHUNK_RECORDS = 100;
const MAX_CHUNK_RECORDS = 10_000;
/**
 * Digest units in an import's first digest slice (later ones are sized by its time, one unit at
 * least): a unit is a group row (~100 claims, up to ~450, in the 100,000-claim stores of
 * bench:store and bench:ledger) or up to 500 claims of a segment (writes.ts), so six are a short
 * first transaction of a few thousand claims at most.
 */
const FIRST_DIGEST_SLICE_ROWS = 6;
/** Word rows in an import's first word slice: most rows list a few ids, a common word's thousands. */
const FIRST_WORD_SLICE_ROWS = 500;

const MAX_LISTED_CONFLICTS = 200;

/**
 * A pack file's text, or an already parsed value: either is fully validated. Or a pack readPack
 * returned, taken as it is (the manager's preview and its import read the file once).
 */
export type PackInput = string | unknown;

/**
 * Packs readPack returned. Nothing changes a pack once read (a test imports a frozen one), so
 * one that is read again needs no second validation.
 */
const readPacks = new WeakSet<object>();

export function readPack(input: PackInput): ClaimPackInput {
  if (typeof input === 'object' && input !== null && readPacks.has(input)) return input as ClaimPackInput;
  const pack = typeof input === 'string' ? parseClaimPackText(input) : validateClaimPack(input);
  readPacks.add(pack);
  return pack;
}

export interface ImportOptions {
  onConflict?: ConflictPolicy;
  now?: number;
  /**
   * Awaited before each chunk: the background lets pages' questions go first here (and keeps
   * itself alive). Without it, a chunk still yields to the event loop.
   */
  beforeChunk?: () => Promise<void>;
  /** Records written so far of the whole pack (texts, sources, claims), after each chunk. */
  onProgress?: (progress: ImportProgress) => void;
  /** Aborted: the import stops before its next chunk and its journal puts the store back. */
  signal?: AbortSignal;
}

/** How far an import is: records planned and written so far, of `total`. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** An import's progress as the manager sees it (utils/background/import-progress.ts). */
export interface ImportProgressState extends ImportProgress {
  /** The reader asked to cancel; the store is being put back. */
  cancelling: boolean;
}

export const CANCELLED_MESSAGE = englishError('error.importCancelled');

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Walks `items` in chunks sized so that each chunk's transaction takes about IMPORT_CHUNK_MS: a
 * chunk's cost grows with the store (the digests it rewrites), so a fixed size would be either
 * slow to import or long for a page to wait behind.
 */
async function inChunks<T>(
  items: readonly T[],
  run: (chunk: T[]) => Promise<void>,
  first = IMPORT_CHUNK_RECORDS,
  least = MIN_CHUNK_RECORDS,
): Promise<void> {
  let size = first;
  for (let from = 0; from < items.length; ) {
    const chunk = items.slice(from, from + size);
    const started = performance.now();
    await run(chunk);
    from += chunk.length;
    const took = Math.max(1, performance.now() - started);
    const scaled = Math.round((size * IMPORT_CHUNK_MS) / took);
    size = Math.min(MAX_CHUNK_RECORDS, Math.max(least, Math.min(scaled, size * 2)));
  }
}

/**
 * Plans (and, when `write` is set, writes) the whole pack, one short transaction per chunk:
 * documents (checked against their claims first), sources, then claims.
 */
async function importChunks(
  db: CrosstallyDb,
  pack: ClaimPackInput,
  options: ImportOptions,
  write: { importId: string; words: ImportWordBatches } | null,
): Promise<{ result: ImportResult; conflicts: ImportConflict[] }> {
  const result = emptyResult();
  const conflicts: ImportConflict[] = [];
  const policy = options.onConflict ?? 'keep-mine';
  const now = options.now ?? Date.now();
  const total = (pack.documents?.length ?? 0) + pack.sources.length + pack.claims.length;
  let done = 0;
  const replaced: Claim[] = [];
  const written: Claim[] = [];
  /** Each written claim's outlet key, read in its chunk's transaction. */
  const outlets = new Map<string, string>();
  const importWords = write?.words;
  /** Claim chunks written so far: each chunk's blocks are keyed by the import and its number. */
  let claimChunks = 0;
  const between = async () => {
    await (options.beforeChunk ?? nextTask)();
    if (options.signal?.aborted) throw new StoreError('cancelled', 'error.importCancelled');
  };
  const chunk = async (work: (journal: ImportJournalRow) => Promise<void>, records: number) => {
    await between();
    const journal = emptyJournalRow(write?.importId ?? '');
    await db.transaction(write ? 'rw' : 'r', importTables(db), async () => {
      await work(journal);
      if (write) await db.importJournal.add(journal);
    });
    done += records;
    options.onProgress?.({ done, total });
  };
  options.onProgress?.({ done, total });
  await chunk(async (journal) => {
    const documents = await planDocuments(db, pack, result, journal);
    if (write) await db.documents.bulkPut(documents);
  }, pack.documents?.length ?? 0);
  await inChunks(pack.sources, (sources) =>
    chunk(async (journal) => {
      const plan = await planSources(db, sources, result, journal);
      if (write) await putReadSources(db, plan.writes, plan.stored);
    }, sources.length),
  );
  // Every source of the pack is now stored as the pack has it: its claims' outlets need no read
  // while no other write changes a source (then they are read again).
  const packOutlets = packOutletKeys(pack.sources);
  const sourcesRead = db.sourceRevision;
  await inChunks(pack.claims, (claims) =>
    chunk(async (journal) => {
      const plan = await planClaims(db, claims, policy, now, result, conflicts, journal);
      if (!write) return;
      journal.metrics = [...new Set([...plan.writes, ...journal.claims].map((claim) => claim.metric))];
      await putReadClaimRows(db, plan.writes, plan.stored, importWords, `${write.importId}:${++claimChunks}`);
      const known = db.sourceRevision === sourcesRead ? packOutlets : new Map<string, string>();
      const unknown = plan.writes.filter((claim) => !known.has(claim.sourceId));
      const read = unknown.length > 0 ? await outletKeys(db, unknown) : new Map<string, string>();
      for (const claim of plan.writes)
        outlets.set(claim.id, known.get(claim.sourceId) ?? read.get(claim.sourceId) ?? '');
      replaced.push(...journal.claims);
      written.push(...plan.writes);
      await db.tombstones.bulkDelete(plan.untombstone);
    }, claims.length),
  );
  // The search words once for the whole import (import-words.ts), each row written once.
  if (!write) return { result, conflicts };
  await inChunks(
    write.words.rows(),
    async (slice) => {
      await between();
      await db.transaction('rw', db.words, () => db.words.bulkPut(write.words.toWrite(slice)));
    },
    FIRST_WORD_SLICE_ROWS,
  );
  // The digests (what a figure's reports are grouped from) once for the whole import: each
  // touched digest row is read and written once, not once per chunk. The outlets were read with
  // each claim's row: a source edited since has patched the claim's bucket itself, and a claim a
  // bucket already lists is not added again.
  const outletOf = (claim: Claim) => outlets.get(claim.id) ?? '';
  await inChunks(
    patchesByDigestRow(replaced, written),
    async (slice) => {
      await between();
      await db.transaction('rw', writeTables(db), () =>
        patchDigestSlice(db, slice, outletOf, write.importId),
      );
    },
    FIRST_DIGEST_SLICE_ROWS,
    1,
  );
  return { result, conflicts };
}

/** What importing the pack would do, without writing anything. */
export async function previewImport(
  db: CrosstallyDb,
  input: PackInput,
  options: Pick<ImportOptions, 'now' | 'beforeChunk'> = {},
): Promise<ImportPreview> {
  const pack = readPack(input);
  const { result, conflicts } = await importChunks(db, pack, { ...options, onConflict: 'keep-mine' }, null);
  const { added, updated, unchanged } = result.claims;
  return {
    generatedBy: pack.generatedBy ?? null,
    createdAt: pack.createdAt,
    claims: { added, updated, unchanged, conflicting: conflicts.length },
    sources: result.sources,
    documents: result.documents,
    conflicts: conflicts.slice(0, MAX_LISTED_CONFLICTS),
  };
}

let importCounter = 0;

/**
 * Imports the pack in chunks. Every write lands, or (on any error, or when the background is
 * stopped half way) the journal puts the store back as it was.
 */
export async function applyImport(
  db: CrosstallyDb,
  input: PackInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const pack = readPack(input);
  const importId = `import-${Date.now().toString(36)}-${++importCounter}`;
  return guardQuota(() =>
    runImport(db, importId, async () => {
      try {
        const words = new ImportWordBatches();
        const { result } = await withImportWords(db, words, () =>
          importChunks(db, pack, options, { importId, words }),
        );
        await commitImport(db, importId);
        return result;
      } catch (error) {
        await rollBackImport(db, importId).catch((rollbackError: unknown) => {
          // Left in the journal: the next request (or start of the background) tries again.
          undoPending(db);
          console.error('Crosstally: rolling back an import failed', rollbackError);
        });
        throw error;
      }
    }),
  );
}
