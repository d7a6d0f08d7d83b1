import { describe, expect, it } from 'vitest';
import type { CrosstallyDb } from '../../../utils/store/db';
import { buildDigests, OUTLETS_META_KEY, outletsOf } from '../../../utils/store/digests';
import { applyImport } from '../../../utils/store/import-export';
import { deleteClaim, saveClaim, updateClaim } from '../../../utils/store/mutations';
import { reportsForFigure } from '../../../utils/store/queries';
import { resetToSeed, seedStore } from '../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, snapshot } from './helpers';

/** The digests and outlets row must always equal what the rows themselves say. */
async function expectDigestsInStep(db: CrosstallyDb) {
  const { claims, sources } = await snapshot(db);
  const expected = buildDigests(claims);
  const stored = await db.digests.toArray();
  const nonEmpty = stored.filter((digest) => Object.keys(digest.entries).length > 0);
  expect(new Map(nonEmpty.map((d) => [d.metric, d.entries]))).toEqual(
    new Map([...expected.values()].map((d) => [d.metric, d.entries])),
  );
  expect((await db.meta.get(OUTLETS_META_KEY))?.value).toEqual(outletsOf(sources));
}

describe('digests stay in step with the claims', () => {
  it('through seeding, import, save, edit (metric too), delete and reset', async () => {
    const db = freshDb();
    const seed = fixturePack();
    await seedStore(db, seed, 1);
    await expectDigestsInStep(db);

    const pack = fixtureFullPack();
    pack.sources = pack.sources.map((s) => ({ ...s, id: `b-${s.id}`, outlet: s.outlet && `${s.outlet} II` }));
    pack.claims = pack.claims.map((c) => ({ ...c, id: `b-${c.id}`, sourceId: `b-${c.sourceId}` }));
    pack.documents = [];
    await applyImport(db, pack);
    await expectDigestsInStep(db);

    const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...draft } = seed.claims[0]! as ReturnType<typeof fixtureFullPack>['claims'][number];
    await saveClaim(db, { ...draft, sourceId: 'w' }, { id: 'w', label: 'Web', outlet: 'Web Outlet', url: null, language: 'en', publishedDate: null });
    await updateClaim(db, seed.claims[0]!.id, { metric: 'aircraft_downed', value: 9 });
    await updateClaim(db, seed.claims[1]!.id, { qualifier: 'vague', value: null });
    await deleteClaim(db, seed.claims[2]!.id);
    await expectDigestsInStep(db);

    const moved = await reportsForFigure(db, { metric: 'aircraft_downed', value: 9, qualifier: 'exact', side: null, claimant: null });
    expect(moved.summary.reports).toBe(1);

    await resetToSeed(db, seed, 2);
    await expectDigestsInStep(db);
  });
});
