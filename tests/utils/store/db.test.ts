import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allClaimRows, claimRow } from '../../../utils/store/claim-rows';
import { upgradeClaimRecord } from '../../../utils/store/claim-upgrade';
import { CrosstallyDb } from '../../../utils/store/db';
import { readDigest } from '../../../utils/store/digest-rows';
import { updateClaim } from '../../../utils/store/mutations';
import { reportsForFigure, searchClaims } from '../../../utils/store/queries';
import type { Claim, Source } from '../../../utils/store/types';
import { claimWords } from '../../../utils/store/words';
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

/** The schema as version 2 shipped it (claims without a version). */
function openAsVersion2(name: string) {
  const db = new Dexie(name);
  db.version(2).stores({
    sources: 'id, kind, outlet',
    claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric]',
    meta: 'key',
    documents: 'sourceId',
    tombstones: 'id',
    digests: 'metric',
  });
  return db;
}

/** A claim as schemas 1 to 4 stored it: an event date (a day or nothing), no period. */
function oldShape(claim: Claim): Omit<Claim, 'period'> & { eventDate: string | null } {
  const { period, ...rest } = claim;
  return { ...rest, eventDate: period && !period.includes('/') ? period : null };
}

/** What schema 5 makes of an old claim (claim-upgrade.ts); schema 8 keeps its words in word rows. */
function upgraded(claim: object) {
  return upgradeClaimRecord(claim as Record<string, unknown>) as unknown as Claim;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('schema migrations', () => {
  it('gives every claim of a schema 2 database version 1, keeping the reader’s edits', async () => {
    const name = `migration-v2-${Math.random()}`;
    const pack = fixtureFullPack();
    const edited: Claim = { ...nth(pack.claims, 4), value: 4, note: 'corrected by the reader', editedAt: 77 };
    const userClaim: Claim = { ...nth(pack.claims, 0), id: 'user-claim', origin: 'user', note: 'mine' };
    const claims = [edited, userClaim, ...pack.claims.slice(5)].map((claim) => ({
      ...oldShape(claim),
      words: claimWords(claim),
    }));
    const old = openAsVersion2(name);
    await old.table<Source>('sources').bulkAdd(pack.sources);
    await old.table('claims').bulkAdd(claims);
    await old.table('tombstones').put({ id: nth(pack.claims, 1).id, deletedAt: 5 });
    old.close();

    const db = new CrosstallyDb(name);
    const stored = (await allClaimRows(db)).sort((a, b) => a.id.localeCompare(b.id));
    expect(db.verno).toBe(12);
    expect(stored.map((claim) => claim.version)).toEqual(stored.map(() => 1));
    expect(stored.map(({ version: _v, wordBatch: _b, ...claim }) => claim)).toEqual(
      byId(claims.map(({ words: _w, ...claim }) => upgraded(claim))),
    );
    expect(await db.tombstones.toArray()).toEqual([{ id: nth(pack.claims, 1).id, deletedAt: 5 }]);
    // The first write after the upgrade makes version 2: an editor opened before it is told.
    await updateClaim(db, edited.id, { note: 'again' });
    expect((await claimRow(db, edited.id))?.version).toBe(2);
    db.close();
  });

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
    const claims = [...pack.claims, userClaim].map(oldShape);
    const old = openAsVersion1(name);
    await old.table<Source>('sources').bulkAdd(pack.sources);
    await old.table('claims').bulkAdd(claims);
    await old.table('meta').put({ key: 'seed', value: { version: 'old-seed', appliedAt: 1 } });
    old.close();

    const db = new CrosstallyDb(name);
    const stored = await allClaimRows(db);
    expect(db.verno).toBeGreaterThan(1);
    expect(stored.every((claim) => claim.version === 1)).toBe(true);
    expect(byId(stored.map(({ version: _v, wordBatch: _b, ...claim }) => claim))).toEqual(
      byId(claims.map(upgraded)),
    );
    expect(await db.sources.toArray()).toEqual(expect.arrayContaining(pack.sources));
    expect(await db.sources.count()).toBe(pack.sources.length);
    expect((await db.meta.get('seed'))?.value).toEqual({ version: 'old-seed', appliedAt: 1 });
    // The upgrade filled the search words of claims written before search existed.
    expect((await searchClaims(db, 'susa')).reports.map((r) => r.claimId)).toEqual(['user-claim']);
    expect(await db.tombstones.count()).toBe(0);
    // ...and the digests that reports are grouped from.
    const helicopters = claims.filter((c) => c.metric === 'helicopters_downed').map((c) => c.id);
    const digest = await readDigest(db, 'helicopters_downed');
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
      period: '2020-09-27',
    });
    expect(reports.summary.reports).toBe(helicopters.length);
    db.close();
  });
});
