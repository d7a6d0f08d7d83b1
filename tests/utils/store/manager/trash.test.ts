import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimRow, countOfSource } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { QUOTA_MESSAGE, StoreError } from '../../../../utils/store/errors';
import { listClaimIds } from '../../../../utils/store/manager/queries';
import {
  deleteClaims,
  deleteSource,
  MAX_TRASH_ENTRIES,
  restoreClaim,
  undoDelete,
} from '../../../../utils/store/manager/trash';
import { updateClaim } from '../../../../utils/store/mutations';
import { reportsForFigure } from '../../../../utils/store/queries';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb, snapshot } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

const heliFigure = {
  metric: 'helicopters_downed',
  value: 2,
  qualifier: 'exact' as const,
  side: 'AZ' as const,
  claimant: null,
};

describe('deleteClaims and undoDelete', () => {
  it('deletes many claims at once, and undo brings the store back exactly', async () => {
    const before = await snapshot(db);
    const ids = await listClaimIds(db, { metric: 'helicopters_downed' });
    const result = await deleteClaims(db, ids, 50);
    expect(result.deleted).toBe(5);
    expect(result.undoToken).toEqual(expect.any(String));
    expect(await listClaimIds(db, { metric: 'helicopters_downed' })).toEqual([]);
    expect((await reportsForFigure(db, heliFigure)).summary.reports).toBe(0);
    // Seed claims leave tombstones, so reseeding would not bring them back.
    expect((await db.tombstones.toArray()).map((t) => t.id).sort()).toEqual([...ids].sort());

    expect(await undoDelete(db, result.undoToken!)).toEqual({
      claims: 5,
      sources: 0,
      alreadyBack: 0,
      sourceGone: 0,
    });
    const after = await snapshot(db);
    expect(after).toEqual(before);
    expect((await reportsForFigure(db, heliFigure)).summary.reports).toBe(5);
  });

  it('skips ids that are not in the store and reports what it deleted', async () => {
    const result = await deleteClaims(db, ['nope', 'fx-wire#drones_downed@195', 'fx-wire#drones_downed@195']);
    expect(result.deleted).toBe(1);
    expect(await deleteClaims(db, ['nope'])).toEqual({ deleted: 0, undoToken: null });
  });

  it('undoes each delete once, and only the last few', async () => {
    const ids = await listClaimIds(db, {});
    const tokens: string[] = [];
    for (const [i, id] of ids.entries()) tokens.push((await deleteClaims(db, [id], 100 + i)).undoToken!);
    const oldest = tokens[0]!;
    await expect(undoDelete(db, oldest)).rejects.toMatchObject({ code: 'not-found' });
    const newest = tokens[tokens.length - 1]!;
    await undoDelete(db, newest);
    await expect(undoDelete(db, newest)).rejects.toMatchObject({ code: 'not-found' });
    const trash = await db.meta.where('key').startsWith('trash:').count();
    expect(trash).toBe(MAX_TRASH_ENTRIES - 1);
  });

  it('still deletes, without undo, when the browser refuses to store the trash', async () => {
    const put = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation((row, key) => {
      if (String((row as { key: string }).key).startsWith('trash:')) {
        return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) as never;
      }
      return put(row, key);
    });
    const result = await deleteClaims(db, ['fx-wire#drones_downed@195']);
    expect(result).toEqual({ deleted: 1, undoToken: null });
    expect(await claimRow(db, 'fx-wire#drones_downed@195')).toBeUndefined();
  });

  it('reports a full disk when even the delete cannot be written', async () => {
    vi.spyOn(db.tombstones, 'bulkPut').mockRejectedValue(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const error = await deleteClaims(db, ['fx-wire#drones_downed@195']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
    expect(await claimRow(db, 'fx-wire#drones_downed@195')).toBeDefined();
  });
});

describe('deleteSource', () => {
  it('deletes a source with its claims and text; undo restores all three', async () => {
    const before = await snapshot(db);
    const result = await deleteSource(db, 'fx-wire');
    expect(result.deleted).toBe(4);
    expect(await db.sources.get('fx-wire')).toBeUndefined();
    expect(await db.documents.get('fx-wire')).toBeUndefined();
    expect(await countOfSource(db, 'fx-wire')).toBe(0);
    expect(await undoDelete(db, result.undoToken!)).toEqual({
      claims: 4,
      sources: 1,
      alreadyBack: 0,
      sourceGone: 0,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('names a source that is not there', async () => {
    await expect(deleteSource(db, 'fx-nowhere')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('restoreClaim', () => {
  it('puts an edited claim back as it was before the edit', async () => {
    const original = (await snapshot(db)).claims.find((c) => c.id === 'fx-wire#drones_downed@195')!;
    await updateClaim(db, original.id, { value: 99 }, 500);
    const restored = await restoreClaim(db, original, 2);
    expect(restored).toEqual({ claim: original, version: 3 });
    expect((await snapshot(db)).claims.find((c) => c.id === original.id)).toEqual(original);
    expect(await listClaimIds(db, { valueMin: 99, valueMax: 99 })).toEqual([]);
  });

  it('refuses a claim whose source is gone, naming the field', async () => {
    const original = (await snapshot(db)).claims.find((c) => c.id === 'fx-wire#drones_downed@195')!;
    const error = await restoreClaim(db, { ...original, sourceId: 'gone' }, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'not-found',
      issues: ['claim.sourceId: no source "gone" in the store'],
    });
  });
});
