/**
 * Imports in chunks (issue 13, items 5 and 10): every chunk is its own transaction, yet an import
 * lands whole or not at all: a full disk half way, or a background stopped half way, leaves the
 * store as it was.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_CHUNK_RECORDS } from '../../../utils/limits';
import { claimCount } from '../../../utils/store/claim-rows';
import { CrosstallyDb } from '../../../utils/store/db';
import { readAllDigests } from '../../../utils/store/digest-rows';
import { QUOTA_MESSAGE, StoreError } from '../../../utils/store/errors';
import { applyImport } from '../../../utils/store/import-export';
import { ensureNoInterruptedImport } from '../../../utils/store/import-journal';
import { saveClaim, updateClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, fixturePack, freshDb, nth, snapshot } from './helpers';

const CLAIMS = IMPORT_CHUNK_RECORDS * 6;

async function seededWithEdits(): Promise<CrosstallyDb> {
  const db = freshDb();
  await seedStore(db, fixturePack(), 10);
  await applyImport(db, claimPackGenerator(7).pack(0, IMPORT_CHUNK_RECORDS));
  const seed = fixtureFullPack();
  await updateClaim(db, nth(seed.claims, 0).id, { value: 41 });
  return db;
}

/**
 * Everything a reader could notice, the derived digests included (as the claims each value bucket
 * lists, in any order: a claim put back goes to the end of its bucket).
 */
async function state(db: CrosstallyDb) {
  const digests = (await readAllDigests(db))
    .map((digest) => ({
      metric: digest.metric,
      buckets: Object.entries(digest.buckets)
        .map(([key, bucket]) => [key, bucket.ids.map((id, i) => `${id} ${bucket.outlets[i]}`).sort()])
        .sort(),
    }))
    .filter((digest) => digest.buckets.length > 0)
    .sort((a, b) => a.metric.localeCompare(b.metric));
  return { ...(await snapshot(db)), digests, journal: await db.importJournal.count() };
}

/** The next pack: updates the claims already imported and adds many more, over several chunks. */
const nextPack = () => claimPackGenerator(8).pack(0, CLAIMS);

describe('an import in chunks', () => {
  it('writes in more than one transaction and leaves no journal behind', async () => {
    const db = await seededWithEdits();
    let chunks = 0;
    const result = await applyImport(db, nextPack(), { beforeChunk: async () => void chunks++ });
    expect(chunks).toBeGreaterThan(2);
    expect(result.claims.added + result.claims.updated).toBe(CLAIMS);
    expect(await claimCount(db)).toBeGreaterThan(CLAIMS);
    expect(await db.importJournal.count()).toBe(0);
  });

  it('refused by a full disk half way, changes nothing and says so', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    let chunks = 0;
    // The browser refuses one write in the fourth chunk; the chunks before it had landed.
    const error = await applyImport(db, nextPack(), {
      beforeChunk: async () => {
        chunks++;
        if (chunks === 4) db.faults.failWritesAfter(1, 1);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).message).toBe(QUOTA_MESSAGE);
    expect(chunks).toBe(4);
    expect(await state(db)).toEqual(before);
  });

  it('cancelled once its rows are written, before its digests are patched, changes nothing', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    const controller = new AbortController();
    const error = await applyImport(db, nextPack(), {
      signal: controller.signal,
      // Every row is written by then: the cancel lands before the digests are patched.
      onProgress: ({ done, total }) => {
        if (done === total) controller.abort();
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as StoreError).code).toBe('cancelled');
    expect(await state(db)).toEqual(before);
  });

  it('refused by a full disk while its digests are patched, puts rows and digests back', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    let rowsWritten = false;
    let slices = 0;
    const error = await applyImport(db, nextPack(), {
      onProgress: ({ done, total }) => {
        rowsWritten = done === total;
      },
      beforeChunk: async () => {
        if (!rowsWritten) return;
        // The second slice after the rows fails: the one before it landed.
        if (++slices === 2) db.faults.failWritesAfter(0, 1);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(slices).toBe(2);
    expect((error as StoreError).code).toBe('quota');
    expect(await state(db)).toEqual(before);
  });

  it('on a disk that stays full, even for the undo, is undone before the next request', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    let chunks = 0;
    const error = await applyImport(db, nextPack(), {
      beforeChunk: async () => {
        chunks++;
        if (chunks === 4) db.faults.failWritesAfter(1);
      },
    }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('quota');
    expect(await db.importJournal.count()).toBeGreaterThan(0);
    db.faults.clear();
    await ensureNoInterruptedImport(db);
    expect(await state(db)).toEqual(before);
  });

  it('refuses a single write on a full disk and changes nothing (saving a claim)', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...draft } = nth(fixtureFullPack().claims, 0);
    db.faults.failWritesAfter(1);
    const source = {
      id: 'web:full-disk',
      label: 'A page',
      outlet: null,
      url: 'https://news.example/a',
      language: 'en',
      publishedDate: null,
    };
    const error = await saveClaim(db, { ...draft, value: 3 }, source).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('quota');
    db.faults.clear();
    expect(await state(db)).toEqual(before);
  });

  it('cut short (the background stopped half way) is undone when the store is next opened', async () => {
    const db = await seededWithEdits();
    const before = await state(db);
    let chunks = 0;
    let reachedFifth: () => void = () => undefined;
    const fifth = new Promise<void>((resolve) => {
      reachedFifth = resolve;
    });
    // The fifth chunk never starts: the worker is gone.
    void applyImport(db, nextPack(), {
      beforeChunk: () => {
        chunks++;
        if (chunks < 5) return Promise.resolve();
        reachedFifth();
        return new Promise<void>(() => undefined);
      },
    });
    await fifth;
    expect((await state(db)).claims.length).toBeGreaterThan(before.claims.length);
    expect(await db.importJournal.count()).toBeGreaterThan(0);

    const restarted = new CrosstallyDb(db.name);
    await ensureNoInterruptedImport(restarted);
    expect(await state(restarted)).toEqual(before);
    restarted.close();
  });
});
