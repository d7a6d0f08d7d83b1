/**
 * Schema 8: search words in word rows instead of a multi-entry index on the claim rows. A schema 7
 * database with the reader's edits, tombstones, read articles and a subscribed pack's records
 * opens with every row kept and every search and report the same as before; afterwards, every
 * write (edits, deletes, imports, an import undone) keeps the word rows exactly in step.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allClaimRows, claimRow } from '../../../utils/store/claim-rows';
import { CrosstallyDb, fromStoredClaim, type StoredClaim } from '../../../utils/store/db';
import { bucketRowsOf } from '../../../utils/store/digest-bucket-rows';
import { readAllDigests } from '../../../utils/store/digest-rows';
import { applyImport } from '../../../utils/store/import-export';
import { listClaimIds } from '../../../utils/store/manager/queries';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import { counts, reportsForFigure, searchClaims } from '../../../utils/store/queries';
import { claimIdsWithWord } from '../../../utils/store/search';
import { seedStore } from '../../../utils/store/seed';
import type { PageFigure } from '../../../utils/store/types';
import { claimWords } from '../../../utils/store/words';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, fixturePack, freshDb, must, nth, snapshot, wordRowsAsIds } from './helpers';
import { usedStore } from './used-store';

/** Schema 7 as shipped: search words on the claim rows, a multi-entry index over them. */
const VERSION_7_STORES = {
  sources: 'id, kind, outlet, url',
  claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric]',
  meta: 'key',
  documents: 'sourceId',
  tombstones: 'id',
  digestBuckets: 'key, metric',
  importJournal: '++seq, importId',
  readings: 'sourceId, *keys, site, readAt',
};

const KEPT_TABLES = ['sources', 'documents', 'tombstones', 'importJournal', 'readings'] as const;

/** Searches a reader types: places, a claimant, a note's word, two words, a prefix, an outlet. */
const QUERIES = ['shusha', 'helicopters', 'checked', 'stepanakert tanks', 'minist', 'outlet 12'];

/** What a reader could notice: rows, counts, quote search, the manager's filter and reports. */
async function observed(db: CrosstallyDb, figures: PageFigure[]) {
  return {
    ...(await snapshot(db)),
    readings: await db.readings.toArray(),
    counts: await counts(db),
    search: await Promise.all(QUERIES.map((query) => searchClaims(db, query, { limit: 500 }))),
    manager: await Promise.all(QUERIES.map((text) => listClaimIds(db, { text }))),
    reports: await Promise.all(figures.map((figure) => reportsForFigure(db, figure))),
  };
}

/** The words each claim is found by, from the word rows, against what its row says. */
async function wordIndex(db: CrosstallyDb) {
  const fromRows = new Map<string, string[]>();
  for (const row of await wordRowsAsIds(db)) {
    for (const id of row.ids) fromRows.set(id, [...(fromRows.get(id) ?? []), row.word]);
  }
  const claims = await allClaimRows(db);
  const expected = new Map(claims.map((claim) => [claim.id, claimWords(claim).sort()]));
  return {
    fromRows: new Map([...fromRows].map(([id, words]) => [id, words.sort()])),
    expected: new Map([...expected].filter(([, words]) => words.length > 0)),
  };
}

async function expectWordRowsInStep(db: CrosstallyDb): Promise<void> {
  const { fromRows, expected } = await wordIndex(db);
  expect(fromRows).toEqual(expected);
  // No empty rows are left behind.
  expect((await wordRowsAsIds(db)).every((row) => row.ids.length > 0)).toBe(true);
}

describe('schema 8 (word rows)', () => {
  it('opens a schema 7 database keeping every row, and every search and report is the same', async () => {
    const name = `word-rows-${Math.random()}`;
    const generator = claimPackGenerator(11);
    const figures: PageFigure[] = [
      ...Array.from({ length: 20 }, (_, i) => generator.figure(i)),
      { metric: 'soldiers_killed', value: 16, qualifier: 'exact', side: null, claimant: null },
    ];
    const used = await usedStore(name, 'checked against the ministry');
    const before = await observed(used, figures);
    const claims = await allClaimRows(used);
    const meta = (await used.meta.toArray()).filter((row) => row.key !== 'lastWordBatch');
    const kept = Object.fromEntries(
      await Promise.all(
        KEPT_TABLES.map(async (table) => [table, await used.table(table).toArray()] as const),
      ),
    );
    const digests = await readAllDigests(used);
    used.close();
    await Dexie.delete(name);

    // The same store as schema 7 held it: each claim's words on its row, a row per digest bucket.
    const old = new Dexie(name);
    old.version(7).stores(VERSION_7_STORES);
    await old
      .table('claims')
      .bulkAdd(claims.map(({ wordBatch: _b, ...row }) => ({ ...row, words: claimWords(row) })));
    await old.table('meta').bulkAdd(meta);
    for (const table of KEPT_TABLES) await old.table(table).bulkAdd(kept[table] ?? []);
    await old.table('digestBuckets').bulkAdd(digests.flatMap(bucketRowsOf));
    old.close();

    const db = new CrosstallyDb(name);
    expect(db.verno).toBe(12);
    for (const table of KEPT_TABLES) expect(await db.table(table).toArray()).toEqual(kept[table]);
    expect(await readAllDigests(db)).toEqual(digests);
    // Versions, edits and notes stay; the words left the rows.
    const stored = await allClaimRows(db);
    expect(stored.map(fromStoredClaim)).toEqual(claims.map(fromStoredClaim));
    expect(stored.map((claim) => claim.version)).toEqual(claims.map((claim) => claim.version));
    expect(stored.some((claim) => 'words' in claim)).toBe(false);
    expect(before.tombstones).toHaveLength(1);
    expect(before.counts.byOrigin.read).toBe(1);
    expect(before.search.every((result) => result.total > 0)).toBe(true);
    expect(await observed(db, figures)).toEqual(before);
    await expectWordRowsInStep(db);

    // The first edit after the upgrade moves the claim's words: the old note no longer finds it.
    const edited = nth(fixtureFullPack().claims, 0).id;
    await updateClaim(db, edited, { note: 'recounted by the desk' });
    expect(await claimIdsWithWord(db, 'recounted')).toEqual([edited]);
    expect(await claimIdsWithWord(db, 'checked')).not.toContain(edited);
    await expectWordRowsInStep(db);
    await db.delete();
  });

  it('keeps the word rows in step through edits, deletes, imports and an import undone', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 10);
    await applyImport(db, claimPackGenerator(7).pack(0, 600));
    await expectWordRowsInStep(db);

    // An edit that leaves the texts alone keeps the claim in its batch; a new note moves it.
    const id = nth(fixtureFullPack().claims, 2).id;
    const batch = must(await claimRow(db, id)).wordBatch;
    await updateClaim(db, id, { value: 7 });
    expect(must(await claimRow(db, id)).wordBatch).toBe(batch);
    await updateClaim(db, id, { note: 'Ağdam' });
    expect(must(await claimRow(db, id)).wordBatch).not.toBe(batch);
    expect(await claimIdsWithWord(db, 'agdam')).toEqual([id]);
    await deleteClaim(db, id);
    expect(await claimIdsWithWord(db, 'agdam')).toEqual([]);
    await expectWordRowsInStep(db);

    // A pack rewriting the same claims with other quotes (and adding more) replaces their words.
    const next = claimPackGenerator(8).pack(0, 900);
    await applyImport(db, next, { onConflict: 'take-theirs' });
    await expectWordRowsInStep(db);

    // A full disk half way through an import: the journal puts claims and word rows back.
    const before = await wordRowsAsIds(db);
    let chunks = 0;
    const failed = applyImport(db, claimPackGenerator(9).pack(0, 2_000), {
      onConflict: 'take-theirs',
      // The browser refuses one write in the fourth chunk; the chunks before it had landed.
      beforeChunk: async () => {
        if (++chunks === 4) db.faults.failWritesAfter(1, 1);
      },
    });
    await expect(failed).rejects.toThrow();
    expect(chunks).toBe(4);
    await expectWordRowsInStep(db);
    // The same claims per word (the claims put back form a batch of their own).
    const idsByWord = (rows: typeof before) => {
      const byWord = new Map<string, string[]>();
      for (const row of rows) byWord.set(row.word, [...(byWord.get(row.word) ?? []), ...row.ids]);
      return new Map([...byWord].map(([word, ids]) => [word, ids.sort()]));
    };
    expect(idsByWord(await wordRowsAsIds(db))).toEqual(idsByWord(before));
    db.close();
  });

  it('finds a word by its prefix across batches, at most `limit` ids', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(3).pack(0, 300);
    await applyImport(db, { ...pack, claims: pack.claims.slice(0, 150) });
    await applyImport(db, { ...pack, claims: pack.claims.slice(150) });
    const stored: StoredClaim[] = await allClaimRows(db);
    expect(new Set(stored.map((claim) => claim.wordBatch)).size).toBeGreaterThan(1);
    const withShusha = stored.filter((claim) => claimWords(claim).includes('shusha')).map((c) => c.id);
    expect(withShusha.length).toBeGreaterThan(20);
    expect((await claimIdsWithWord(db, 'shu')).sort()).toEqual(withShusha.sort());
    const limited = await claimIdsWithWord(db, 'shu', 10);
    expect(limited).toHaveLength(10);
    expect(withShusha).toEqual(expect.arrayContaining(limited));
    db.close();
  });
});
