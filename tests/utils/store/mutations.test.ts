import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimRow, countOfSource } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { QUOTA_MESSAGE, StoreError } from '../../../utils/store/errors';
import { deleteClaim, saveClaim, updateClaim } from '../../../utils/store/mutations';
import { claimIdsWithWord } from '../../../utils/store/search';
import { seedStore } from '../../../utils/store/seed';
import type { ClaimDraft, SourceDraft } from '../../../utils/store/types';
import { fixtureFullPack, fixturePack, freshDb, must, nth, snapshot } from './helpers';

const page: SourceDraft = {
  id: 'web:https://news.example/story',
  label: 'A story',
  outlet: 'News Example',
  url: 'https://news.example/story',
  language: 'en',
  publishedDate: '2020-09-28',
};

function draft(): ClaimDraft {
  const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...rest } = nth(fixtureFullPack().claims, 0);
  return { ...rest, sourceId: page.id };
}

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('saveClaim', () => {
  it('stores a figure chosen on a page as a user claim with its page as a web source', async () => {
    const claim = await saveClaim(db, draft(), page, 100);
    expect(claim).toMatchObject({ origin: 'user', createdAt: 100, updatedAt: 100, sourceId: page.id });
    expect(claim.id).toBe(`${page.id}#${claim.metric}@${claim.start}`);
    expect(await db.sources.get(page.id)).toMatchObject({
      kind: 'web',
      outlet: 'News Example',
      segments: [],
    });
  });

  it('stores the same figure once when saved twice', async () => {
    const first = await saveClaim(db, draft(), page, 100);
    const second = await saveClaim(db, draft(), page, 200);
    expect(second).toEqual(first);
    expect(await countOfSource(db, page.id)).toBe(1);
  });

  it('keeps a source already in the store as it is', async () => {
    const seedSource = await db.sources.get('fx-wire');
    await saveClaim(
      db,
      { ...draft(), start: 999, end: 1010 },
      { ...page, id: 'fx-wire', label: 'Hijacked label' },
    );
    expect(await db.sources.get('fx-wire')).toEqual(seedSource);
  });

  it('refuses an invalid draft, naming the field', async () => {
    const error = await storeError(saveClaim(db, { ...draft(), value: -3 }, page));
    expect(error.code).toBe('invalid');
    expect(error.issues[0]).toMatch(/^claim\.value: /);
    const sourceError = await storeError(saveClaim(db, draft(), { ...page, url: 'javascript:alert(1)' }));
    expect(sourceError.issues).toEqual(['source.url: expected an http(s) URL']);
  });

  it('reports a full disk and writes nothing', async () => {
    const before = await snapshot(db);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await storeError(saveClaim(db, draft(), page));
    expect(error).toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('updateClaim and deleteClaim', () => {
  const seedId = nth(fixtureFullPack().claims, 0).id;

  it('marks an edited seed claim, so reseeding keeps the edit', async () => {
    const claim = await updateClaim(db, seedId, { value: 3, note: 'ministry corrected itself' }, 500);
    expect(claim).toMatchObject({
      value: 3,
      note: 'ministry corrected itself',
      editedAt: 500,
      updatedAt: 500,
      origin: 'seed',
    });
    // The note is searchable at once.
    expect(await claimIdsWithWord(db, 'corrected')).toEqual([seedId]);
  });

  it("does not mark a user's own claim as edited", async () => {
    const saved = await saveClaim(db, draft(), page, 100);
    const changed = await updateClaim(db, saved.id, { qualifier: 'at_least' }, 200);
    expect(changed.editedAt).toBeUndefined();
    expect(changed.updatedAt).toBe(200);
  });

  it('changes nothing when nothing changes', async () => {
    const before = await claimRow(db, seedId);
    await updateClaim(db, seedId, { value: must(before).value });
    expect(await claimRow(db, seedId)).toEqual(before);
  });

  it('leaves a tombstone for a deleted seed claim, none for a user claim', async () => {
    await deleteClaim(db, seedId, 700);
    expect(await db.tombstones.get(seedId)).toEqual({ id: seedId, deletedAt: 700 });
    const saved = await saveClaim(db, draft(), page);
    await deleteClaim(db, saved.id);
    expect(await db.tombstones.get(saved.id)).toBeUndefined();
    expect(await claimRow(db, saved.id)).toBeUndefined();
  });

  it('says which claim it could not find, and refuses unknown fields', async () => {
    expect((await storeError(deleteClaim(db, 'missing'))).code).toBe('not-found');
    expect((await storeError(updateClaim(db, 'missing', { value: 1 }))).code).toBe('not-found');
    const error = await storeError(updateClaim(db, seedId, { origin: 'seed' }));
    expect(error.code).toBe('invalid');
    expect(error.issues[0]).toMatch(/^changes: unrecognized key/i);
  });
});
