/**
 * Requests an import saves (issue 17: each request to IndexedDB costs about the same, hit or miss,
 * row or index entry): the search words once per import instead of per chunk, a digest slice read
 * as one key range, each source read once. Whatever the requests, the store ends the same: every
 * word finds its claims, every digest lists what a rebuild from the rows would, and an import
 * cut short in its word or digest phase leaves the words as they were.
 */
import { describe, expect, it, vi } from 'vitest';
import { allClaimRows, claimRow } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { readAllDigests, rowKeyOf } from '../../../utils/store/digest-rows';
import { isSegmentKey } from '../../../utils/store/digest-segments';
import { applyImport } from '../../../utils/store/import-export';
import { IMPORT_WORD_BATCH_CLAIMS, ImportWordBatches } from '../../../utils/store/import-words';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import { claimIdsWithWord } from '../../../utils/store/search';
import type { Claim } from '../../../utils/store/types';
import { BATCH_IDS_WORD } from '../../../utils/store/word-rows';
import { claimWords } from '../../../utils/store/words';
import { putSources, rebuildDigests, writeTables } from '../../../utils/store/writes';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { freshDb, must, wordRowsAsIds } from './helpers';

/** Each word's claim ids, sorted, whatever rows hold them. */
async function idsByWord(db: CrosstallyDb): Promise<Map<string, string[]>> {
  const byWord = new Map<string, string[]>();
  for (const row of await wordRowsAsIds(db))
    byWord.set(row.word, [...(byWord.get(row.word) ?? []), ...row.ids]);
  return new Map([...byWord].map(([word, ids]) => [word, ids.sort()]));
}

/** Each digest bucket's claims (id and outlet), in any order. */
async function digestLists(db: CrosstallyDb): Promise<string[]> {
  return (await readAllDigests(db))
    .flatMap((digest) =>
      Object.entries(digest.buckets).map(
        ([key, bucket]) =>
          `${digest.metric}|${key}: ${bucket.ids
            .map((id, i) => `${id} ${bucket.outlets[i]}`)
            .sort()
            .join(', ')}`,
      ),
    )
    .sort();
}

describe('an import writing its search words', () => {
  it('writes one row per word for all its chunks, and every word finds its claims', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(21).pack(0, 1_500);
    let chunks = 0;
    await applyImport(db, pack, { beforeChunk: async () => void chunks++ });
    expect(chunks).toBeGreaterThan(3);
    const stored = await allClaimRows(db);
    expect(new Set(stored.map((claim) => claim.wordBatch)).size).toBe(1);
    const rows = await wordRowsAsIds(db);
    expect(new Set(rows.map((row) => row.word)).size).toBe(rows.length);
    const withPlace = stored.filter((claim) => claimWords(claim).includes('lachin')).map((claim) => claim.id);
    expect(withPlace.length).toBeGreaterThan(50);
    expect((await claimIdsWithWord(db, 'lachin')).sort()).toEqual(withPlace.sort());
    db.close();
  });

  it('lists each claim by its place in its batch, two bytes a word, and finds it again by id', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(23).pack(0, IMPORT_WORD_BATCH_CLAIMS + 500);
    await applyImport(db, pack);
    const stored = await db.words.toArray();
    const idRows = stored.filter((row) => row.word === BATCH_IDS_WORD);
    // One id row per batch (two here), every other row lists places in it.
    expect(idRows).toHaveLength(2);
    expect(idRows.flatMap((row) => row.ids ?? []).sort()).toEqual(
      pack.claims.map((claim) => claim.id).sort(),
    );
    const wordRows = stored.filter((row) => row.word !== BATCH_IDS_WORD);
    expect(wordRows.every((row) => row.ids === undefined && row.at instanceof Uint16Array)).toBe(true);
    // Each claim is found by each of its words, and by nothing else.
    const byWord = await idsByWord(db);
    for (const claim of pack.claims.filter((_claim, i) => i % 50 === 0))
      for (const word of claimWords(claim)) expect(byWord.get(word)).toContain(claim.id);
    const listed = [...byWord.values()].reduce((sum, ids) => sum + ids.length, 0);
    expect(listed).toBe(pack.claims.reduce((sum, claim) => sum + claimWords(claim).length, 0));
    db.close();
  });

  it('leaves out a claim edited or deleted while it runs, before its word rows are written', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(26).pack(0, 600);
    const [edited, deleted] = [must(pack.claims[5]), must(pack.claims[9])];
    let done = false;
    await applyImport(db, pack, {
      beforeChunk: async () => {
        // Every claim written, no word row yet: another tab edits one claim's note and deletes another.
        if (done || (await db.words.count()) > 0 || (await allClaimRows(db)).length < pack.claims.length)
          return;
        done = true;
        await updateClaim(db, edited.id, { note: 'zygomorphic' });
        await deleteClaim(db, deleted.id);
      },
    });
    expect(done).toBe(true);
    expect(await claimIdsWithWord(db, 'zygomorphic')).toEqual([edited.id]);
    const byWord = await idsByWord(db);
    for (const ids of byWord.values()) expect(ids).not.toContain(deleted.id);
    // The edited claim is listed once per word: by its edit's batch, not again by the import's.
    for (const word of claimWords({ ...edited, note: 'zygomorphic' }))
      expect(byWord.get(word)?.filter((id) => id === edited.id)).toEqual([edited.id]);
    db.close();
  });

  it('cut short after its word rows landed, takes its claims out of them again', async () => {
    const db = freshDb();
    await applyImport(db, claimPackGenerator(22).pack(0, 400));
    const before = await idsByWord(db);
    const digestsBefore = await digestLists(db);
    const controller = new AbortController();
    let rowsWritten = false;
    let phaseChunks = 0;
    const error = await applyImport(db, claimPackGenerator(23).pack(400, 1_200), {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        rowsWritten = done === total;
      },
      // After the rows: the word slice, then the first digest slice, where the reader cancels.
      beforeChunk: async () => {
        if (rowsWritten && ++phaseChunks === 2) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(phaseChunks).toBe(2);
    expect((error as { code?: string }).code).toBe('cancelled');
    expect(await idsByWord(db)).toEqual(before);
    expect(await digestLists(db)).toEqual(digestsBefore);
    db.close();
  });

  it('leaves out a claim whose words an edit changed before the word rows were written', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(26).pack(0, 600);
    const [edited, deleted] = [must(pack.claims[5]), must(pack.claims[6])];
    let rowsWritten = false;
    let editedOnce = false;
    await applyImport(db, pack, {
      onProgress: ({ done, total }) => {
        rowsWritten = done === total;
      },
      // Between the last chunk and the word slices: the reader edits one claim and deletes another.
      beforeChunk: async () => {
        if (!rowsWritten || editedOnce) return;
        editedOnce = true;
        await updateClaim(db, edited.id, { note: 'Seen again near Ağdam' });
        await deleteClaim(db, deleted.id);
      },
    });
    expect(editedOnce).toBe(true);
    expect(await claimIdsWithWord(db, 'agdam')).toEqual([edited.id]);
    for (const [word, ids] of await idsByWord(db)) {
      expect(new Set(ids).size, word).toBe(ids.length);
      expect(ids, word).not.toContain(deleted.id);
    }
    const quoteWord = must(claimWords(edited).find((word) => word.length > 4));
    expect((await claimIdsWithWord(db, quoteWord)).filter((id) => id === edited.id)).toHaveLength(1);
    db.close();
  });

  it('starts a new batch past IMPORT_WORD_BATCH_CLAIMS claims', async () => {
    const db = freshDb();
    const batches = new ImportWordBatches();
    const claims = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `c${from + i}`, words: ['shelling', `w${i % 3}`] }));
    const half = IMPORT_WORD_BATCH_CLAIMS / 2;
    const first = await db.transaction('rw', db.meta, () => batches.add(db, claims(0, half)));
    const same = await db.transaction('rw', db.meta, () => batches.add(db, claims(half, half)));
    const next = await db.transaction('rw', db.meta, () => batches.add(db, claims(2 * half, 1)));
    expect(same).toBe(first);
    expect(next).toBeGreaterThan(first);
    const rows = batches.rows();
    const shelling = rows.filter((row) => row.word === 'shelling');
    expect(shelling.map((row) => [row.batch, row.at?.length])).toEqual([
      [first, IMPORT_WORD_BATCH_CLAIMS],
      [next, 1],
    ]);
    db.close();
  });
});

describe('an import patching digests and writing sources', () => {
  it('reads the group rows of a dense slice as one key range, and lists what a rebuild would', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(24).pack(0, 1_000);
    const shifted = (by: number) => ({
      ...pack,
      claims: pack.claims.map((claim) => ({
        ...claim,
        value: claim.value === null ? null : claim.value + by,
      })),
    });
    await applyImport(db, pack);
    // The same claims with other figures: each group losing a claim is patched in its own row.
    await applyImport(db, shifted(1));
    const groupRows = (await db.digestGroups.toArray()).filter((row) => !isSegmentKey(row.key));
    expect(groupRows.length).toBeGreaterThan(100);
    // Again: nearly every group row of the store loses a claim, read in a few key ranges.
    const ranges = vi.spyOn(db.digestGroups, 'where');
    await applyImport(db, shifted(2));
    const rangeReads = ranges.mock.calls.filter(([index]) => String(index) === ':id').length;
    ranges.mockRestore();
    expect(rangeReads).toBeGreaterThan(0);
    expect(rangeReads).toBeLessThan(groupRows.length / 4);
    const patched = await digestLists(db);
    await rebuildDigests(db);
    expect(patched).toEqual(await digestLists(db));
    db.close();
  });

  it('reads each source of a chunk once', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(25).pack(0, 200);
    await applyImport(db, pack);
    const renamed = {
      ...pack,
      sources: pack.sources.map((source) => ({ ...source, label: `${source.label} (rev.)` })),
    };
    // Many more stored sources than the pack's, so they are looked up by id (a small table is read whole).
    const others = Array.from({ length: pack.sources.length * 5 }, (_, i) => ({
      ...must(pack.sources[0]),
      id: `other-${i}`,
    }));
    await db.transaction('rw', writeTables(db), () => putSources(db, others));
    const reads = vi.spyOn(db.sources, 'bulkGet');
    const result = await applyImport(db, renamed);
    const ids = pack.sources.map((source) => source.id).join();
    const readsOfChunk = reads.mock.calls.filter(([keys]) => keys.join() === ids).length;
    reads.mockRestore();
    expect(result.sources.updated).toBe(pack.sources.length);
    expect(readsOfChunk).toBe(1);
    expect(must(await db.sources.get(must(pack.sources[0]).id)).label).toMatch(/\(rev\.\)$/);
    db.close();
  });

  it('reads a small sources table whole instead of a lookup per source', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(26).pack(0, 300);
    await applyImport(db, pack);
    const [lookups, wholeReads] = [vi.spyOn(db.sources, 'bulkGet'), vi.spyOn(db.sources, 'toArray')];
    const result = await applyImport(db, {
      ...pack,
      sources: pack.sources.map((source) => ({ ...source, label: `${source.label} (rev.)` })),
    });
    const looked = lookups.mock.calls.reduce((sum, [keys]) => sum + keys.length, 0);
    const wholeCount = wholeReads.mock.calls.length;
    lookups.mockRestore();
    wholeReads.mockRestore();
    expect(result.sources.updated).toBe(pack.sources.length);
    expect(looked).toBe(0);
    expect(wholeCount).toBeGreaterThan(0);
    db.close();
  });
});

describe('a save patching digests', () => {
  it('reads the group rows its claim leaves and enters and the import segments of its metric, writing only those that change', async () => {
    const db = freshDb();
    await applyImport(db, claimPackGenerator(27).pack(0, 2_000));
    await applyImport(db, claimPackGenerator(28).pack(2_000, 2_000));
    const rowsBefore = await db.digestGroups.count();
    // A claim of a segment that keeps other claims (an emptied row is deleted instead of written).
    const shared = must(
      (await db.digestGroups.toArray()).find((row) =>
        Object.values(row.buckets).some((bucket) => bucket.ids.length > 1),
      ),
    );
    expect(isSegmentKey(shared.key)).toBe(true);
    const id = must(Object.values(shared.buckets).find((bucket) => bucket.ids.length > 1)?.ids[0]);
    const claim = must(await claimRow(db, id));
    // A value whose bucket lies in another group of the same metric.
    let value = (claim.value ?? 0) + 1;
    while (rowKeyOf({ ...claim, value } as Claim) === rowKeyOf(claim)) value++;
    const to = rowKeyOf({ ...claim, value } as Claim);
    const segments = (await db.digestGroups.where('metric').equals(claim.metric).primaryKeys())
      .map(String)
      .filter(isSegmentKey);
    // One segment per import: the claim's, and the other import's.
    expect(segments).toHaveLength(2);
    const table = db.digestGroups;
    const spies = {
      bulkGet: vi.spyOn(table, 'bulkGet'),
      bulkPut: vi.spyOn(table, 'bulkPut'),
      bulkDelete: vi.spyOn(table, 'bulkDelete'),
      where: vi.spyOn(table, 'where'),
      toArray: vi.spyOn(table, 'toArray'),
      orderBy: vi.spyOn(table, 'orderBy'),
    };
    await updateClaim(db, claim.id, { value });
    const read = spies.bulkGet.mock.calls.flatMap(([keys]) => keys);
    const written = spies.bulkPut.mock.calls.flatMap(([rows]) => rows.map((row) => row.key));
    const calls = Object.fromEntries(
      Object.entries(spies).map(([name, spy]) => [name, spy.mock.calls.length]),
    );
    for (const spy of Object.values(spies)) spy.mockRestore();
    // No group row yet (imports write segments only): the two groups' key ranges find none; the
    // metric's segments are read, and only the one that listed the claim is written.
    expect(read.sort()).toEqual([...segments].sort());
    expect(written.sort()).toEqual([to, shared.key].sort());
    expect(calls).toEqual({ bulkGet: 2, bulkPut: 2, bulkDelete: 0, where: 3, toArray: 0, orderBy: 0 });
    // Nothing else moved: one new group row, the claim in its new bucket only.
    expect(await db.digestGroups.count()).toBe(rowsBefore + 1);
    const listing = (await db.digestGroups.toArray()).flatMap((row) =>
      Object.values(row.buckets)
        .filter((bucket) => bucket.ids.includes(claim.id))
        .map((bucket) => [row.key, bucket.v]),
    );
    expect(listing).toEqual([[to, value]]);

    // Edited again: its group row is read and written now, no segment written.
    spies.bulkPut = vi.spyOn(table, 'bulkPut');
    await updateClaim(db, claim.id, { side: claim.side === 'AZ' ? 'ARM' : 'AZ' });
    const writtenAgain = spies.bulkPut.mock.calls.flatMap(([rows]) => rows.map((row) => row.key));
    spies.bulkPut.mockRestore();
    expect(writtenAgain.every((key) => !isSegmentKey(key))).toBe(true);
    db.close();
  });
});
