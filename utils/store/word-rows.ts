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
import Dexie, { type Transaction } from 'dexie';
import type { CrosstallyDb, MetaRow, StoredClaim } from './db';
import { cacheIfCurrent, cacheOf, keepRecent } from './query-cache';
import { claimWords } from './words';

/**
 * The claims of one batch that have one word: their ids, or (an import's batch) their places in
 * the batch's id row. A place is two bytes where an id is ~40: an import's word rows list each
 * claim ~13 times, and writing them as ids was a third of an import's time (bench:import-rate).
 */
export interface WordRow {
  word: string;
  batch: number;
  ids?: string[];
  /** Places in the batch's id row (BATCH_IDS_WORD), when `ids` is absent. */
  at?: Uint16Array;
}

/** The word of a batch's id row: the batch's claims in place order (no search word is empty). */
export const BATCH_IDS_WORD = '';

/** Claims a batch with an id row may hold: a place is a 16-bit number. */
export const MAX_PLACED_CLAIMS = 65_536;

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

/**
 * The word rows of an import's batch (claims in place order, each with its words): its id row,
 * then one row per word listing places. Pure.
 */
export function placedWordRowsOf(
  claims: readonly { id: string; words: readonly string[] }[],
  batch: number,
): WordRow[] {
  if (claims.length > MAX_PLACED_CLAIMS)
    throw new RangeError(`A word batch holds ${MAX_PLACED_CLAIMS} claims at most`);
  const byWord = new Map<string, number[]>();
  claims.forEach(({ words }, place) => {
    for (const word of words) {
      const places = byWord.get(word);
      if (places) places.push(place);
      else byWord.set(word, [place]);
    }
  });
  return [
    { word: BATCH_IDS_WORD, batch, ids: claims.map((claim) => claim.id) },
    ...[...byWord].map(([word, places]) => ({ word, batch, at: Uint16Array.from(places) })),
  ];
}

/** How many claims a word row lists. */
export const listedCount = (row: WordRow): number => row.ids?.length ?? row.at?.length ?? 0;

/** Id rows kept per database handle (query-cache.ts): a reader typing a search reads the same batches again. */
const RECENT_ID_ROWS = 64;

/**
 * The id rows of these batches, by batch (ids in place order), the ones read lately without a
 * request. Dexie's own promise, so it runs inside the caller's transaction.
 */
function batchIds(db: CrosstallyDb, batches: readonly number[]): Promise<Map<number, string[]>> {
  const recent = cacheOf(db).batchIds;
  const found = new Map<number, string[]>();
  const missing = [...new Set(batches)].filter((batch) => {
    const ids = recent.get(batch);
    if (ids) found.set(batch, ids);
    return !ids;
  });
  if (missing.length === 0) return Dexie.Promise.resolve(found);
  const revision = db.revision;
  return db.words.bulkGet(missing.map((batch) => [BATCH_IDS_WORD, batch] as WordKey)).then((rows) => {
    missing.forEach((batch, i) => {
      const ids = rows[i]?.ids ?? [];
      found.set(batch, ids);
      cacheIfCurrent(db, revision, (cache) => keepRecent(cache.batchIds, batch, ids, RECENT_ID_ROWS));
    });
    return found;
  });
}

/** The ids the rows list, row by row (places looked up in their batches' id rows). */
export function idsOfWordRows(db: CrosstallyDb, rows: readonly WordRow[]): Promise<string[]> {
  const placed = rows.filter((row) => row.ids === undefined).map((row) => row.batch);
  return batchIds(db, placed).then((byBatch) =>
    rows.flatMap((row) => {
      if (row.ids) return row.ids;
      const ids = byBatch.get(row.batch) ?? [];
      return [...(row.at ?? [])].flatMap((place) => ids[place] ?? []);
    }),
  );
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
  const placed = rows.flatMap((row) => (row && row.ids === undefined ? [row.batch] : []));
  const idsOf = placed.length > 0 ? await batchIds(db, placed) : new Map<number, string[]>();
  const kept: WordRow[] = [];
  const emptied: WordKey[] = [];
  entries.forEach((entry, i) => {
    const row = rows[i];
    if (!row) return;
    const before = listedCount(row);
    let left: WordRow;
    if (row.ids) left = { ...row, ids: row.ids.filter((id) => !entry.ids.has(id)) };
    else {
      const ids = idsOf.get(row.batch) ?? [];
      left = {
        ...row,
        at: (row.at ?? new Uint16Array()).filter((place) => !entry.ids.has(ids[place] ?? '')),
      };
    }
    if (listedCount(left) === 0) emptied.push(entry.key);
    else if (listedCount(left) < before) kept.push(left);
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
