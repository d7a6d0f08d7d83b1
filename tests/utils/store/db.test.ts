import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CrosstallyDb } from '../../../utils/store/db';
import { reportsForFigure, searchClaims } from '../../../utils/store/queries';
import type { Claim, Source } from '../../../utils/store/types';
import { fixtureFullPack, nth } from './helpers';

/** The schema as version 1 shipped it, written here so the test does not depend on the current class. */
function openAsVersion1(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({
    sources: 'id, kind, outlet',
    claims: 'id, metric, value, sourceId, claimant.id, origin',
    meta: 'key',
  });
  return db;
}

describe('schema migrations', () => {
  it('opens a database written by schema version 1 without losing anything', async () => {
    const name = `migration-${Math.random()}`;
    const pack = fixtureFullPack();
    const userClaim: Claim = {
      ...nth(pack.claims, 0),
      id: 'user-claim',
      origin: 'user',
      note: 'checked against the ministry statement',
      quote: 'The ministry of Şuşa said two helicopters were downed.',
    };
    const claims = [...pack.claims, userClaim];
    const old = openAsVersion1(name);
    await old.table<Source>('sources').bulkAdd(pack.sources);
    await old.table<Claim>('claims').bulkAdd(claims);
    await old.table('meta').put({ key: 'seed', value: { version: 'old-seed', appliedAt: 1 } });
    old.close();

    const db = new CrosstallyDb(name);
    const stored = await db.claims.toArray();
    expect(db.verno).toBeGreaterThan(1);
    expect(stored.every((claim) => claim.version === 1)).toBe(true);
    expect(
      stored.map(({ words: _w, version: _v, ...claim }) => claim).sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(
      [...claims].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.sources.toArray()).toEqual(expect.arrayContaining(pack.sources));
    expect(await db.sources.count()).toBe(pack.sources.length);
    expect((await db.meta.get('seed'))?.value).toEqual({ version: 'old-seed', appliedAt: 1 });
    // The upgrade filled the search words of claims written before search existed.
    expect((await searchClaims(db, 'susa')).reports.map((r) => r.claimId)).toEqual(['user-claim']);
    expect(await db.tombstones.count()).toBe(0);
    // ...and the digests that reports are grouped from.
    const helicopters = claims.filter((c) => c.metric === 'helicopters_downed').map((c) => c.id);
    const digest = await db.digests.get('helicopters_downed');
    expect(
      Object.values(digest?.buckets ?? {})
        .flatMap((b) => b.ids)
        .sort(),
    ).toEqual(helicopters.sort());
    const reports = await reportsForFigure(db, {
      metric: 'helicopters_downed',
      value: 2,
      qualifier: 'exact',
      side: 'AZ',
      claimant: null,
    });
    expect(reports.summary.reports).toBe(helicopters.length);
    db.close();
  });
});
