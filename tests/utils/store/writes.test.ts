import { describe, expect, it } from 'vitest';
import type { CrosstallyDb } from '../../../utils/store/db';
import { readAllDigests } from '../../../utils/store/digest-rows';
import { buildDigests, type MetricDigest } from '../../../utils/store/digests';
import { applyImport } from '../../../utils/store/import-export';
import { deleteClaim, saveClaim, updateClaim } from '../../../utils/store/mutations';
import { reportsForFigure } from '../../../utils/store/queries';
import { resetToSeed, seedStore } from '../../../utils/store/seed';
import { putSources, writeTables } from '../../../utils/store/writes';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, fixturePack, freshDb, nth, snapshot } from './helpers';

/** A digest as bucket key -> sorted [claim id, outlet] pairs (order inside buckets is not meaningful). */
function normalized(digests: Iterable<MetricDigest>) {
  const out: Record<string, [string, string][]> = {};
  for (const digest of digests) {
    for (const [key, bucket] of Object.entries(digest.buckets)) {
      out[`${digest.metric}/${key}`] = bucket.ids
        .map((id, i): [string, string] => [id, nth(bucket.outlets, i)])
        .sort();
    }
  }
  return out;
}

/** The digests must always equal what the claims and sources themselves say. */
async function expectDigestsInStep(db: CrosstallyDb) {
  const { claims, sources } = await snapshot(db);
  const expected = buildDigests(claims, new Map(sources.map((s) => [s.id, s])));
  expect(normalized(await readAllDigests(db))).toEqual(normalized(expected.values()));
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

    const {
      id: _i,
      origin: _o,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = nth(seed.claims, 0) as ReturnType<typeof fixtureFullPack>['claims'][number];
    await saveClaim(
      db,
      { ...draft, sourceId: 'w' },
      { id: 'w', label: 'Web', outlet: 'Web Outlet', url: null, language: 'en', publishedDate: null },
    );
    await updateClaim(db, nth(seed.claims, 0).id, { metric: 'aircraft_downed', value: 9 });
    await updateClaim(db, nth(seed.claims, 1).id, { qualifier: 'vague', value: null });
    await deleteClaim(db, nth(seed.claims, 2).id);
    await expectDigestsInStep(db);

    const moved = await reportsForFigure(db, {
      metric: 'aircraft_downed',
      value: 9,
      qualifier: 'exact',
      side: null,
      claimant: null,
    });
    expect(moved.summary.reports).toBe(1);

    // A source whose outlet changes moves its claims to the new outlet.
    const renamed = fixtureFullPack();
    renamed.sources = renamed.sources.map((s) =>
      s.id === 'fx-repost' ? { ...s, outlet: 'Now Named Outlet' } : s,
    );
    renamed.claims = renamed.claims.filter((c) => c.sourceId === 'fx-repost');
    renamed.sources = renamed.sources.filter((s) => s.id === 'fx-repost');
    renamed.documents = [];
    await applyImport(db, renamed);
    await expectDigestsInStep(db);

    await resetToSeed(db, seed, 2);
    await expectDigestsInStep(db);
  });

  it('keeps them in step when outlets are renamed while an import runs', async () => {
    const db = await freshDb();
    const renamed = claimPackGenerator(10).pack(0, 3_000);
    let calls = 0;
    await applyImport(db, renamed, {
      beforeChunk: async () => {
        const source = renamed.sources[calls++ * 7];
        if (!source) return;
        const rename = { ...source, outlet: `${source.outlet} (renamed)` };
        await db.transaction('rw', writeTables(db), () => putSources(db, [rename]));
      },
    });
    expect(calls).toBeGreaterThan(5);
    await expectDigestsInStep(db);
  });
});
