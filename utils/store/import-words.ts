/**
 * An import's search words, gathered once for the whole import instead of per chunk. A chunk
 * writes its claim rows with a word batch number reserved here, and the word rows of every batch
 * are written after the last chunk (import-export.ts), in slices. Per chunk, the same common
 * words ("said", a place name) were one row each in every chunk: about as many word rows as
 * claims, each a request to IndexedDB (a tenth of a 10,000-claim import in real Chromium).
 *
 * Until the slices are written, the import's claims are not found by their words (as their
 * digests are not listed until the import's digest slices). An undo needs no journal for word
 * rows: taking a claim out (word-rows.ts removeWords) skips a row not written yet.
 */
import type { CrosstallyDb } from './db';
import { nextWordBatch, type WordRow, wordRowsOf } from './word-rows';

/**
 * Claims per word batch: a batch's row of a common word lists up to this many ids, and editing a
 * claim rewrites the rows of its old words. The largest import chunk (import-export.ts) already
 * wrote batches this large.
 */
export const IMPORT_WORD_BATCH_CLAIMS = 10_000;

export interface ClaimWords {
  id: string;
  words: readonly string[];
}

/** The word batches of one import, filled chunk by chunk. */
export class ImportWordBatches {
  private current = 0;
  private inCurrent = 0;
  private readonly byBatch = new Map<number, ClaimWords[]>();

  /**
   * The batch for `claims` (written in one chunk), a new one when the current batch would grow past
   * IMPORT_WORD_BATCH_CLAIMS. Call inside the chunk's transaction (a new batch writes the meta row).
   */
  async add(db: CrosstallyDb, claims: readonly ClaimWords[]): Promise<number> {
    if (this.current === 0 || this.inCurrent + claims.length > IMPORT_WORD_BATCH_CLAIMS) {
      this.current = await nextWordBatch(db);
      this.inCurrent = 0;
      this.byBatch.set(this.current, []);
    }
    this.inCurrent += claims.length;
    this.byBatch.get(this.current)?.push(...claims);
    return this.current;
  }

  /** The word rows of every batch: one row per word and batch. */
  rows(): WordRow[] {
    return [...this.byBatch].flatMap(([batch, claims]) => wordRowsOf(claims, batch));
  }
}
