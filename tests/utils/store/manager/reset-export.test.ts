import { beforeEach, describe, expect, it } from 'vitest';
import { parseClaimPackText } from '../../../../utils/store/claim-pack/validate';
import { claimCount } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { applyImport } from '../../../../utils/store/import-export';
import { exportClaims } from '../../../../utils/store/manager/export';
import { listClaimIds } from '../../../../utils/store/manager/queries';
import { resetToSeedKeeping } from '../../../../utils/store/manager/reset';
import { metricSpreads } from '../../../../utils/store/manager/spread';
import { deleteClaims } from '../../../../utils/store/manager/trash';
import { addClaim, saveSource } from '../../../../utils/store/manager/writes';
import { updateClaim } from '../../../../utils/store/mutations';
import { seedStore } from '../../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, snapshot } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

/** A user source and claim, an imported pack, an edit of a seed claim and a deleted seed claim. */
async function readerChanges() {
  const source = await saveSource(db, {
    label: 'Notes',
    outlet: 'My blog',
    url: null,
    language: 'en',
    publishedDate: null,
    kind: 'web',
  });
  await addClaim(db, {
    metric: 'drones_downed',
    value: 7,
    qualifier: 'exact',
    side: 'AZ',
    claimant: null,
    sourceId: source.id,
    quote: 'Seven drones were seen.',
    figureText: 'Seven drones',
    period: null,
  });
  const pack = fixtureFullPack();
  pack.sources = [{ ...pack.sources[0]!, id: 'imp-src', kind: 'import' }];
  pack.claims = [
    { ...pack.claims[0]!, id: 'imp-src#helicopters_downed@26', sourceId: 'imp-src', origin: 'import' },
  ];
  pack.documents = [];
  await applyImport(db, pack);
  await updateClaim(db, 'fx-wire#drones_downed@195', { value: 99 });
  await deleteClaims(db, ['fx-daily#helicopters_downed@45']);
  return source;
}

describe('resetToSeedKeeping', () => {
  it("brings the seed back and keeps the reader's own claims with their sources", async () => {
    const source = await readerChanges();
    const result = await resetToSeedKeeping(db, ['user'], fixturePack(), 20);
    expect(result.kept).toBe(1);
    const store = await snapshot(db);
    expect(store.claims.find((c) => c.id === 'fx-wire#drones_downed@195')?.value).toBe(15);
    expect(store.claims.find((c) => c.id === 'fx-daily#helicopters_downed@45')).toBeDefined();
    expect(store.claims.filter((c) => c.origin === 'user').map((c) => c.sourceId)).toEqual([source.id]);
    expect(store.sources.map((s) => s.id)).toContain(source.id);
    expect(store.claims.some((c) => c.origin === 'import')).toBe(false);
    expect(store.tombstones).toEqual([]);
  });

  it('keeps imported claims too when asked, and nothing of the reader when asked for nothing', async () => {
    await readerChanges();
    expect((await resetToSeedKeeping(db, ['user', 'import'], fixturePack())).kept).toBe(2);
    expect(await listClaimIds(db, { origin: 'import' })).toEqual(['imp-src#helicopters_downed@26']);
    await resetToSeedKeeping(db, [], fixturePack());
    const fresh = freshDb();
    await seedStore(fresh, fixturePack(), 10);
    const normalize = (s: Awaited<ReturnType<typeof snapshot>>) =>
      s.claims.map(({ createdAt: _c, updatedAt: _u, ...c }) => c);
    expect(normalize(await snapshot(db))).toEqual(normalize(await snapshot(fresh)));
  });
});

describe('exportClaims', () => {
  it('exports the claims of a filtered view with their sources, as a pack that imports again', async () => {
    const pack = await exportClaims(db, { query: { party: 'NK' } }, { now: 5 });
    expect(pack.claims.map((c) => c.claimant?.id)).toEqual(['nk_mod', 'nk_mod', 'nk_mod']);
    expect(pack.sources.map((s) => s.id).sort()).toEqual(['fx-repost', 'fx-wire']);
    expect(pack.documents?.map((d) => d.sourceId).sort()).toEqual(['fx-repost', 'fx-wire']);
    const reread = parseClaimPackText(JSON.stringify(pack));
    const other = freshDb();
    await applyImport(other, reread);
    expect(await claimCount(other)).toBe(3);
  });

  it('exports a selection of ids', async () => {
    const pack = await exportClaims(db, { ids: ['fx-history#deaths@56', 'not-there'] });
    expect(pack.claims.map((c) => c.id)).toEqual(['fx-history#deaths@56']);
    expect(pack.sources.map((s) => s.id)).toEqual(['fx-history']);
  });
});

describe('metricSpreads', () => {
  it('says what each claimant reports per metric, with how many reports', async () => {
    const [heli] = await metricSpreads(db, { metric: 'helicopters_downed' });
    expect(heli?.count).toBe(5);
    const points = heli?.points.map((p) => [p.claimantId, p.value, p.count]).sort();
    expect(points).toEqual([
      ['arm_mod', 2, 2],
      ['az_mod', 1, 1],
      ['nk_mod', 4, 2],
    ]);
    expect(heli?.claimants.map((c) => c.id).sort()).toEqual(['arm_mod', 'az_mod', 'nk_mod']);
  });

  it('counts only the filtered claims', async () => {
    const spreads = await metricSpreads(db, { outlet: 'Example Daily' });
    expect(spreads).toHaveLength(1);
    expect(spreads[0]?.points.map((p) => [p.claimantId, p.value, p.count]).sort()).toEqual([
      ['arm_mod', 2, 1],
      ['az_mod', 1, 1],
    ]);
  });

  it('counts from the claims when a metric has no digest', async () => {
    await db.digestGroups.clear();
    const [soldiers] = await metricSpreads(db, { metric: 'soldiers_killed' });
    expect(soldiers?.points.map((p) => [p.claimantId, p.value, p.qualifier]).sort()).toEqual(
      [
        ['az_mod', null, 'vague'],
        [null, 14, 'at_least'],
      ].sort(),
    );
  });
});
