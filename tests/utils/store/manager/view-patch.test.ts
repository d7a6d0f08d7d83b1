import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimRow } from '../../../../utils/store/claim-rows';
import { CrosstallyDb } from '../../../../utils/store/db';
import { claimFacets, listClaimIds, listClaims } from '../../../../utils/store/manager/queries';
import { deleteClaims, restoreClaim, undoDelete } from '../../../../utils/store/manager/trash';
import type { ClaimQuery } from '../../../../utils/store/manager/types';
import { keepingView } from '../../../../utils/store/manager/view-patch';
import { addClaim, saveSource } from '../../../../utils/store/manager/writes';
import { updateClaim } from '../../../../utils/store/mutations';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const queries: ClaimQuery[] = [
  {},
  { sort: 'value-desc' },
  { sort: 'claimant', party: 'ARM' },
  { claimantId: null },
  { outlet: null },
  { valueMin: 2, valueMax: 20, sort: 'source' },
];

/** What a handle that never saw the patches reads: the view rebuilt from the digests. */
async function rebuilt(query: ClaimQuery) {
  const other = new CrosstallyDb(db.name);
  const ids = await listClaimIds(other, query);
  other.close();
  return ids;
}

async function expectSameAsRebuilt() {
  for (const query of queries) expect(await listClaimIds(db, query)).toEqual(await rebuilt(query));
}

describe('keepingView', () => {
  it("patches the cached view after the manager's own writes instead of reading every digest again", async () => {
    await listClaims(db, {}, 0, 10);
    const digestReads = vi.spyOn(db.digestGroups, 'orderBy');
    const sourceReads = vi.spyOn(db.sources, 'toArray');
    const { undoToken } = await deleteClaims(db, ['fx-wire#drones_downed@195', 'fx-history#deaths@56']);
    expect(await listClaimIds(db, { metric: 'drones_downed' })).toEqual([]);
    expect((await listClaims(db, { metric: 'deaths' }, 0, 10)).total).toBe(0);
    expect(digestReads).not.toHaveBeenCalled();
    expect(sourceReads).not.toHaveBeenCalled();
    await undoDelete(db, undoToken as string);
    await keepingView(
      db,
      () => updateClaim(db, 'fx-daily#helicopters_downed@45', { value: 9, claimant: null }),
      { after: () => ['fx-daily#helicopters_downed@45'] },
    );
    const source = await saveSource(db, {
      label: 'Notes',
      outlet: 'My blog',
      url: null,
      language: 'en',
      publishedDate: null,
      kind: 'web',
    });
    await listClaimIds(db, {});
    digestReads.mockClear();
    const added = await addClaim(db, {
      metric: 'villages_captured',
      value: 3,
      qualifier: 'exact',
      side: 'ARM',
      claimant: null,
      sourceId: source.id,
      quote: 'Three villages fell.',
      figureText: 'Three villages',
      period: null,
    });
    expect(await listClaimIds(db, { outlet: 'My blog' })).toEqual([added.id]);
    expect((await claimFacets(db)).metrics.map((m) => m.id)).toContain('villages_captured');
    expect(digestReads).not.toHaveBeenCalled();
    await expectSameAsRebuilt();
  });

  it('puts an edit back with restoreClaim, patched', async () => {
    await listClaimIds(db, {});
    const original = (await claimRow(db, 'fx-wire#tanks_destroyed@68'))!;
    const { wordBatch: _batch, version, ...claim } = original;
    await keepingView(db, () => updateClaim(db, claim.id, { metric: 'helicopters_downed' }), {
      after: () => [claim.id],
    });
    expect(await listClaimIds(db, { metric: 'tanks_destroyed' })).toEqual([]);
    await restoreClaim(db, claim, version + 1);
    expect(await listClaimIds(db, { metric: 'tanks_destroyed' })).toEqual([claim.id]);
    await expectSameAsRebuilt();
  });

  it('rebuilds instead of patching when another write came first', async () => {
    await listClaimIds(db, {});
    // A write outside the manager (a web page saving a figure goes through mutations.ts).
    await updateClaim(db, 'fx-wire#drones_downed@195', { value: 40 });
    const digestReads = vi.spyOn(db.digestGroups, 'orderBy');
    await deleteClaims(db, ['fx-wire#helicopters_downed@26']);
    expect(await listClaimIds(db, { valueMin: 40, valueMax: 40 })).toEqual(['fx-wire#drones_downed@195']);
    expect(digestReads).toHaveBeenCalled();
    await expectSameAsRebuilt();
  });
});
