/**
 * An import's search words, gathered once for the whole import instead of per chunk. A chunk
 * writes its claim rows with a word batch number reserved here, and the word rows of every batch
 * are written after the last chunk (import-export.ts), in slices. Per chunk, the same common
 * words ("said", a place name) were one row each in every chunk: about as many word rows as
 * claims, each a request to IndexedDB (a tenth of a 10,000-claim import in real Chromium).
 *
 * Until the slices are written, the import's claims are not found by their words (as their
 * digests are not listed until the import's digest slices). An undo needs no journal for word
 * rows: taking a claim out (word-rows.ts removeWords) skips a row not written yet; an edit or a
 * delete meanwhile takes the claim out of the rows still to write (forgetPendingWords).
 */
import type { CrosstallyDb, StoredClaim } from './db';
import { BATCH_IDS_WORD, listedCount, nextWordBatch, placedWordRowsOf, type WordRow } from './word-rows';

/**
 * Claims per word batch. A batch's row of a common word lists up to this many ids: a search reads
 * rows until it has MAX_KEYS_PER_TERM (1,000) ids of a word, and an edit rewrites the rows of a
 * claim's old words, so rows stay near that size (a 10,000-claim batch made search's p95 in
 * `bench:store` 30 -> 84 ms). Still a few hundred rows per batch instead of one per word and chunk.
 */
export const IMPORT_WORD_BATCH_CLAIMS = 2_000;

export interface ClaimWords {
  id: string;
  words: readonly string[];
}

/** The word batches of one import, filled chunk by chunk. */
export class ImportWordBatches {
  private current = 0;
  private inCurrent = 0;
  /** Each batch's claims and their words, by claim id. */
  private readonly byBatch = new Map<number, Map<string, readonly string[]>>();

  /**
   * The batch for `claims` (written in one chunk), a new one when the current batch would grow past
   * IMPORT_WORD_BATCH_CLAIMS. Call inside the chunk's transaction (a new batch writes the meta row).
   */
  async add(db: CrosstallyDb, claims: readonly ClaimWords[]): Promise<number> {
    if (this.current === 0 || this.inCurrent + claims.length > IMPORT_WORD_BATCH_CLAIMS) {
      this.current = await nextWordBatch(db);
      this.inCurrent = 0;
      this.byBatch.set(this.current, new Map());
    }
    this.inCurrent += claims.length;
    const batch = this.byBatch.get(this.current);
    for (const claim of claims) batch?.set(claim.id, claim.words);
    return this.current;
  }

  /** Claims of this import left its batches (edited or deleted) before their word rows were written. */
  private readonly forgotten = new Set<string>();

  /** Claims (as stored) leaving their word rows before this import wrote them: they are not written. */
  forget(stored: readonly Pick<StoredClaim, 'id' | 'wordBatch'>[]): void {
    for (const claim of stored)
      if (this.byBatch.get(claim.wordBatch)?.has(claim.id)) this.forgotten.add(claim.id);
  }

  /**
   * Word rows of rows() as they are to be written now: without the claims forgotten since (a
   * batch's id row keeps them; no word row lists their places).
   */
  toWrite(rows: readonly WordRow[]): WordRow[] {
    if (this.forgotten.size === 0) return [...rows];
    const placesOf = new Map<number, string[]>();
    return rows
      .map((row) => {
        if (row.word === BATCH_IDS_WORD || !row.at) return row;
        let ids = placesOf.get(row.batch);
        if (!ids) {
          ids = [...(this.byBatch.get(row.batch)?.keys() ?? [])];
          placesOf.set(row.batch, ids);
        }
        return { ...row, at: row.at.filter((place) => !this.forgotten.has(ids[place] ?? '')) };
      })
      .filter((row) => listedCount(row) > 0);
  }

  /** The word rows of every batch: its id row, then one row per word listing places in it. */
  rows(): WordRow[] {
    return [...this.byBatch].flatMap(([batch, claims]) =>
      placedWordRowsOf(
        [...claims].map(([id, words]) => ({ id, words })),
        batch,
      ),
    );
  }
}

/** The word batches of the imports running on each database, not written yet. */
const running = new WeakMap<CrosstallyDb, Set<ImportWordBatches>>();

/** Runs an import with its word batches known to forgetPendingWords. */
export async function withImportWords<T>(
  db: CrosstallyDb,
  batches: ImportWordBatches,
  work: () => Promise<T>,
): Promise<T> {
  let set = running.get(db);
  if (!set) {
    set = new Set();
    running.set(db, set);
  }
  set.add(batches);
  try {
    return await work();
  } finally {
    set.delete(batches);
  }
}

/**
 * Claims (as stored) are taken out of their word rows (an edit that changed their words, a
 * delete) while an import that wrote them has not written its word rows yet: the import then
 * leaves them out, or they would be listed again under their old words.
 */
export function forgetPendingWords(db: CrosstallyDb, stored: readonly StoredClaim[]): void {
  for (const batches of running.get(db) ?? []) batches.forget(stored);
}
