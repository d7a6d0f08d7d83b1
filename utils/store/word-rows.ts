/**
 * Search words as stored (schema 8 on). A claim's words are not on its row: a multi-entry index
 * there made every claim write ~15 index entries, most of an import's time in IndexedDB. Instead
 * each write of claims (an edit, a save; an import's claims up to 2,000 at a time, written after
 * its last chunk: import-words.ts) is a word batch: it adds one `words` row per
 * distinct word it wrote, listing the ids of its claims that have the word, and each claim row
 * keeps its batch number (`wordBatch`), so rewriting or deleting the claim finds the few rows to
 * take its id out of. A word prefix is one key range over [word+batch] (search.ts).
 *
 * Call inside a rw transaction over writeTables(db) (writes.ts is the only writer).
 */
import type { Transaction } from 'dexie';
import type { CrosstallyDb, MetaRow, StoredClaim } from './db';
import { claimWords } from './words';

/** The claims of one batch that have one word. */
export interface WordRow {
  word: string;
  batch: number;
  ids: string[];
}

/** Meta row holding the last batch number handed out. */
const LAST_BATCH_KEY = 'lastWordBatch';

/** Claims per batch when the schema 8 upgrade moves words out of existing claim rows. */
const UPGRADE_BATCH_CLAIMS = 1_000;

type WordKey = [word: string, batch: number];

/** A batch number no other write has used (one meta row read and written). */
export async function nextWordBatch(db: CrosstallyDb): Promise<number> {
  const last = (await db.meta.get(LAST_BATCH_KEY))?.value;
  const next = (typeof last === 'number' ? last : 0) + 1;
  await db.meta.put({ key: LAST_BATCH_KEY, value: next });
  return next;
}

/** The word rows of claims written together in `batch`, given each claim's words. Pure. */
export function wordRowsOf(
  claims: readonly { id: string; words: readonly string[] }[],
  batch: number,
): WordRow[] {
  const byWord = new Map<string, string[]>();
  for (const { id, words } of claims) {
    for (const word of words) {
      const ids = byWord.get(word);
      if (ids) ids.push(id);
      else byWord.set(word, [id]);
    }
  }
  return [...byWord].map(([word, ids]) => ({ word, batch, ids }));
}

/** Takes claims (their rows as stored, with their batch) out of the word rows that list them. */
export async function removeWords(db: CrosstallyDb, stored: readonly StoredClaim[]): Promise<void> {
  const leaving = new Map<string, { key: WordKey; ids: Set<string> }>();
  for (const claim of stored) {
    if (typeof claim.wordBatch !== 'number') continue;
    for (const word of claimWords(claim)) {
      const name = `${claim.wordBatch}|${word}`;
      let entry = leaving.get(name);
      if (!entry) {
        entry = { key: [word, claim.wordBatch], ids: new Set() };
        leaving.set(name, entry);
      }
      entry.ids.add(claim.id);
    }
  }
  if (leaving.size === 0) return;
  const entries = [...leaving.values()];
  const rows = await db.words.bulkGet(entries.map((entry) => entry.key));
  const kept: WordRow[] = [];
  const emptied: WordKey[] = [];
  entries.forEach((entry, i) => {
    const row = rows[i];
    if (!row) return;
    const ids = row.ids.filter((id) => !entry.ids.has(id));
    if (ids.length === 0) emptied.push(entry.key);
    else if (ids.length < row.ids.length) kept.push({ ...row, ids });
  });
  await db.words.bulkPut(kept);
  await db.words.bulkDelete(emptied);
}

/**
 * Schema 8's upgrade: every claim's words move from its row to word rows, UPGRADE_BATCH_CLAIMS
 * claims per batch. Nothing else in a claim row changes (versions, edits and notes stay).
 */
export async function upgradeToWordRows(tx: Transaction): Promise<void> {
  const claims = tx.table<StoredClaim & { words?: string[] }, string>('claims');
  const all = await claims.toArray();
  const rows: WordRow[] = [];
  let batch = 0;
  for (let from = 0; from < all.length; from += UPGRADE_BATCH_CLAIMS) {
    batch++;
    const slice = all.slice(from, from + UPGRADE_BATCH_CLAIMS);
    rows.push(
      ...wordRowsOf(
        slice.map((claim) => ({ id: claim.id, words: claimWords(claim) })),
        batch,
      ),
    );
    for (const claim of slice) {
      delete claim.words;
      claim.wordBatch = batch;
    }
  }
  await claims.bulkPut(all);
  await tx.table<WordRow, WordKey>('words').bulkPut(rows);
  await tx.table<MetaRow, string>('meta').put({ key: LAST_BATCH_KEY, value: batch });
}
