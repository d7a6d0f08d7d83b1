/**
 * Two manager tabs on one store: an edit carries the version it started from, so a tab opened
 * before another tab's change cannot silently undo it; undo checks versions too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { StoreError } from '../../../../utils/store/errors';
import { applyImport } from '../../../../utils/store/import-export';
import { listClaims } from '../../../../utils/store/manager/queries';
import { deleteClaims, deleteSource, restoreClaim, undoDelete } from '../../../../utils/store/manager/trash';
import { editClaim, getVersionedClaim } from '../../../../utils/store/manager/versions';
import { addClaim } from '../../../../utils/store/manager/writes';
import { saveClaim } from '../../../../utils/store/mutations';
import { seedStore } from '../../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, must, snapshot } from '../helpers';

/** The claim of the issue: "one of its helicopters", value 1. */
const ONE_HELICOPTER = 'fx-daily#helicopters_downed@45';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe('claim versions', () => {
  it('start at 1, go up by one per write, and stay when nothing changed', async () => {
    const opened = must(await getVersionedClaim(db, ONE_HELICOPTER));
    expect(opened.version).toBe(1);
    const saved = await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    expect(saved).toMatchObject({ version: 2, claim: { value: 4 } });
    expect(await editClaim(db, ONE_HELICOPTER, 2, { value: 4 })).toMatchObject({ version: 2 });
    expect((await listClaims(db, { metric: 'helicopters_downed' }, 0, 50)).items).toContainEqual(
      expect.objectContaining({ version: 2, claim: expect.objectContaining({ id: ONE_HELICOPTER }) }),
    );
    expect(await getVersionedClaim(db, 'no-such-claim')).toBeNull();
  });

  it('are kept by the store only: exports and callers never see them', async () => {
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    const claim = must(await getVersionedClaim(db, ONE_HELICOPTER)).claim;
    expect(claim).not.toHaveProperty('version');
    expect(claim).not.toHaveProperty('words');
  });

  it('go up when an import or a page save rewrites the claim', async () => {
    const pack = fixtureFullPack();
    const claim = must(pack.claims.find((c) => c.id === ONE_HELICOPTER));
    claim.value = 7;
    claim.updatedAt = 20;
    await applyImport(db, JSON.stringify(pack), { onConflict: 'take-theirs', now: 30 });
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).version).toBe(2);
    const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...draft } = claim;
    const {
      kind: _kind,
      segments: _segments,
      ...source
    } = must(pack.sources.find((s) => s.id === 'fx-daily'));
    await saveClaim(db, { ...draft, value: 8 }, source);
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).version).toBe(3);
  });
});

describe('editClaim from two tabs', () => {
  it('refuses a save over another tab’s change, and writes nothing', async () => {
    // Both tabs open the claim at version 1; tab A sets the value 1 → 4.
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    const before = await snapshot(db);
    // Tab B changed only the note and saves from version 1.
    const error = await refusal(editClaim(db, ONE_HELICOPTER, 1, { note: 'checked' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Not saved: “one of its helicopters” was changed in another tab or window since. Nothing was changed.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).claim.value).toBe(4);
  });

  it('overwrites knowingly with the version the conflict showed: only the changed fields', async () => {
    await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    await refusal(editClaim(db, ONE_HELICOPTER, 1, { note: 'checked' }));
    const seen = must(await getVersionedClaim(db, ONE_HELICOPTER));
    const saved = await editClaim(db, ONE_HELICOPTER, seen.version, { note: 'checked' });
    expect(saved.version).toBe(3);
    expect(saved.claim).toMatchObject({ value: 4, note: 'checked' });
  });

  it('refuses a save over a delete, and does not bring the claim back', async () => {
    await deleteClaims(db, [ONE_HELICOPTER]);
    const error = await refusal(editClaim(db, ONE_HELICOPTER, 1, { note: 'checked' }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/^Not saved: the claim was deleted in another tab or window\./);
    expect(await getVersionedClaim(db, ONE_HELICOPTER)).toBeNull();
  });
});

describe('undo against another tab’s changes', () => {
  it('undoes an edit while the claim is as the edit left it', async () => {
    const opened = must(await getVersionedClaim(db, ONE_HELICOPTER));
    const saved = await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    const restored = await restoreClaim(db, opened.claim, saved.version);
    expect(restored).toEqual({ claim: opened.claim, version: 3 });
  });

  it('does not undo an edit over another tab’s later change', async () => {
    const opened = must(await getVersionedClaim(db, ONE_HELICOPTER));
    const mine = await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    await editClaim(db, ONE_HELICOPTER, mine.version, { note: 'from tab B' });
    const error = await refusal(restoreClaim(db, opened.claim, mine.version));
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/^Not undone: “one of its helicopters” was changed in another tab/);
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).claim).toMatchObject({
      value: 4,
      note: 'from tab B',
    });
  });

  it('never brings back a claim another tab deleted after the edit', async () => {
    const opened = must(await getVersionedClaim(db, ONE_HELICOPTER));
    const mine = await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    await deleteClaims(db, [ONE_HELICOPTER]);
    const error = await refusal(restoreClaim(db, opened.claim, mine.version));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/^Not undone: the claim was deleted in another tab or window\./);
    expect(await getVersionedClaim(db, ONE_HELICOPTER)).toBeNull();
  });

  it('undoes an add only while the claim is unchanged; one already deleted is left alone', async () => {
    const added = await addClaim(db, {
      metric: 'helicopters_downed',
      value: 3,
      qualifier: 'exact',
      side: 'AZ',
      claimant: null,
      sourceId: 'fx-wire',
      quote: 'Three helicopters were seen.',
      figureText: 'Three helicopters',
      period: null,
    });
    await editClaim(db, added.id, 1, { note: 'tab B' });
    const error = await refusal(deleteClaims(db, [added.id], 50, [1]));
    expect(error.code).toBe('conflict');
    expect(await getVersionedClaim(db, added.id)).not.toBeNull();
    await deleteClaims(db, [added.id]);
    expect(await deleteClaims(db, [added.id], 60, [2])).toMatchObject({ deleted: 0 });
  });

  it('undoes a delete without overwriting a claim the store holds again', async () => {
    const { undoToken } = await deleteClaims(db, [ONE_HELICOPTER, 'fx-wire#drones_downed@195']);
    // Another tab imports the claim again, changed.
    const pack = fixtureFullPack();
    pack.claims = pack.claims.filter((c) => c.id === ONE_HELICOPTER).map((c) => ({ ...c, value: 9 }));
    await applyImport(db, JSON.stringify(pack), { onConflict: 'take-theirs', now: 40 });
    const result = await undoDelete(db, must(undoToken));
    expect(result).toEqual({ claims: 1, sources: 0, alreadyBack: 1, sourceGone: 0 });
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).claim.value).toBe(9);
    expect(await getVersionedClaim(db, 'fx-wire#drones_downed@195')).toMatchObject({ version: 1 });
  });

  it('undoes a delete without orphaning claims whose source another tab deleted', async () => {
    const { undoToken } = await deleteClaims(db, [ONE_HELICOPTER]);
    await deleteSource(db, 'fx-daily');
    const result = await undoDelete(db, must(undoToken));
    expect(result).toEqual({ claims: 0, sources: 0, alreadyBack: 0, sourceGone: 1 });
    expect(await getVersionedClaim(db, ONE_HELICOPTER)).toBeNull();
  });

  it('puts a deleted claim back at the version it had, so an undo of an earlier edit still works', async () => {
    const opened = must(await getVersionedClaim(db, ONE_HELICOPTER));
    const mine = await editClaim(db, ONE_HELICOPTER, 1, { value: 4 });
    const { undoToken } = await deleteClaims(db, [ONE_HELICOPTER]);
    await undoDelete(db, must(undoToken));
    expect(must(await getVersionedClaim(db, ONE_HELICOPTER)).version).toBe(mine.version);
    expect((await restoreClaim(db, opened.claim, mine.version)).claim.value).toBe(1);
  });
});
