import { beforeAll, describe, expect, it } from 'vitest';
import {
  allClaimRows,
  claimCount,
  claimCountsBySource,
  claimIdPage,
  claimIdsBetween,
  claimIdsOfOrigin,
  claimIdsOfSource,
  claimIdsUpTo,
  claimReadTables,
  claimRow,
  claimRows,
  claimsOfMetric,
  claimsOfOrigin,
  claimsOfOrigins,
  claimsOfSource,
  claimsOfSources,
  claimsOfValueAndMetric,
  countOfMetric,
  countOfOrigin,
  countOfSource,
} from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import type { Claim, ClaimOrigin } from '../../../utils/store/types';
import { putClaims, putSources, removeClaims, writeTables } from '../../../utils/store/writes';
import { fixtureFullPack, freshDb } from './helpers';

/** Each fixture source's claims get one origin, so every origin has claims of its own. */
const ORIGIN_OF: Record<string, ClaimOrigin> = {
  'fx-wire': 'seed',
  'fx-daily': 'user',
  'fx-repost': 'import',
  'fx-history': 'read',
};

const claims: Claim[] = fixtureFullPack().claims.map((claim) => ({
  ...claim,
  origin: ORIGIN_OF[claim.sourceId] ?? 'seed',
}));
/** Every id in the store's key order (IndexedDB compares strings by code unit, as sort() does). */
const allIds = claims.map((claim) => claim.id).sort();
const idsOf = (rows: readonly ({ id: string } | undefined)[]) => rows.map((row) => row?.id);
const idsWhere = (test: (claim: Claim) => boolean) =>
  claims
    .filter(test)
    .map((claim) => claim.id)
    .sort();

let db: CrosstallyDb;

/** The fixture's 11 claims over 4 sources, written as the app writes them (writes.ts). */
beforeAll(async () => {
  db = freshDb();
  await db.transaction('rw', writeTables(db), async () => {
    await putSources(db, fixtureFullPack().sources);
    await putClaims(db, claims);
  });
});

describe('claim rows by id', () => {
  it('reads one row with its version, and nothing for an id the store does not hold', async () => {
    const [first] = claims;
    const row = await claimRow(db, first?.id ?? '');
    expect(row?.id).toBe(first?.id);
    expect(row?.value).toBe(first?.value);
    expect(row?.version).toBe(1);
    expect(await claimRow(db, 'fx-wire#no_such_metric@1')).toBeUndefined();
  });

  it('reads many rows in the order asked, undefined where missing, a repeated id twice', async () => {
    const [a, b] = [allIds[5], allIds[1]] as [string, string];
    const rows = await claimRows(db, [a, 'missing', b, a]);
    expect(idsOf(rows)).toEqual([a, undefined, b, a]);
    expect(await claimRows(db, [])).toEqual([]);
  });

  it('lists every row by id, and counts them', async () => {
    expect(idsOf(await allClaimRows(db))).toEqual(allIds);
    expect(await claimCount(db)).toBe(11);
  });

  it('pages ids in id order: pages join up without gaps or repeats, past the end is empty', async () => {
    const pages = await Promise.all([0, 4, 8].map((offset) => claimIdPage(db, offset, 4)));
    expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
    expect(pages.flat()).toEqual(allIds);
    expect(await claimIdPage(db, 11, 4)).toEqual([]);
    expect(await claimIdPage(db, 3, 0)).toEqual([]);
  });

  it('finds the stored ids of a range (both ends included), at most `limit` of them', async () => {
    const [low, high] = [allIds[2], allIds[6]] as [string, string];
    expect(await claimIdsBetween(db, low, high, 100)).toEqual(allIds.slice(2, 7));
    expect(await claimIdsBetween(db, low, high, 3)).toEqual(allIds.slice(2, 5));
    expect(await claimIdsBetween(db, 'fx-a', 'fx-b', 100)).toEqual([]);
  });

  it('caps an index lookup at `limit` ids, in id order', async () => {
    const helicopters = idsWhere((claim) => claim.metric === 'helicopters_downed');
    expect(helicopters).toHaveLength(5);
    expect(await claimIdsUpTo(db, 'metric', 'helicopters_downed', 3)).toEqual(helicopters.slice(0, 3));
    expect(await claimIdsUpTo(db, 'metric', 'helicopters_downed', 6)).toEqual(helicopters);
    expect(await claimIdsUpTo(db, 'origin', 'import', 10)).toEqual(idsWhere((c) => c.origin === 'import'));
    expect(await claimIdsUpTo(db, 'sourceId', 'fx-daily', 1)).toEqual(
      idsWhere((c) => c.sourceId === 'fx-daily').slice(0, 1),
    );
  });
});

describe('claim rows by source', () => {
  it('reads, lists and counts one source’s claims; none for an unknown source', async () => {
    const wire = idsWhere((claim) => claim.sourceId === 'fx-wire');
    expect(wire).toHaveLength(4);
    expect(idsOf(await claimsOfSource(db, 'fx-wire'))).toEqual(wire);
    expect(await claimIdsOfSource(db, 'fx-wire')).toEqual(wire);
    expect(await countOfSource(db, 'fx-wire')).toBe(4);
    expect(await claimsOfSource(db, 'nowhere')).toEqual([]);
    expect(await claimIdsOfSource(db, 'nowhere')).toEqual([]);
    expect(await countOfSource(db, 'nowhere')).toBe(0);
  });

  it('reads several sources’ claims at once, by source then id, skipping unknown ones', async () => {
    const rows = await claimsOfSources(db, ['fx-repost', 'nowhere', 'fx-daily']);
    expect(idsOf(rows)).toEqual([
      ...idsWhere((claim) => claim.sourceId === 'fx-daily'),
      ...idsWhere((claim) => claim.sourceId === 'fx-repost'),
    ]);
  });

  it('counts the claims of every source in one pass', async () => {
    expect(await claimCountsBySource(db)).toEqual({
      'fx-daily': 2,
      'fx-history': 2,
      'fx-repost': 3,
      'fx-wire': 4,
    });
  });
});

describe('claim rows by metric and value', () => {
  it('reads and counts one metric’s claims; none for a metric without claims', async () => {
    const helicopters = idsWhere((claim) => claim.metric === 'helicopters_downed');
    expect(idsOf(await claimsOfMetric(db, 'helicopters_downed'))).toEqual(helicopters);
    expect(await countOfMetric(db, 'helicopters_downed')).toBe(5);
    expect(await countOfMetric(db, 'soldiers_killed')).toBe(2);
    expect(await claimsOfMetric(db, 'tanks_captured')).toEqual([]);
    expect(await countOfMetric(db, 'tanks_captured')).toBe(0);
  });

  it('reads the claims of one value under one metric only', async () => {
    const twos = await claimsOfValueAndMetric(db, 2, 'helicopters_downed');
    expect(idsOf(twos)).toEqual(idsWhere((c) => c.metric === 'helicopters_downed' && c.value === 2));
    expect(twos).toHaveLength(2);
    // The same number under another metric is another claim.
    expect(await claimsOfValueAndMetric(db, 2, 'tanks_destroyed')).toEqual([]);
    expect(idsOf(await claimsOfValueAndMetric(db, 3, 'tanks_destroyed'))).toEqual([
      'fx-wire#tanks_destroyed@68',
    ]);
  });
});

describe('claim rows by origin', () => {
  it.each(Object.values(ORIGIN_OF))('reads, lists and counts the %s claims', async (origin) => {
    const expected = idsWhere((claim) => claim.origin === origin);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await claimsOfOrigin(db, origin))).toEqual(expected);
    expect(await claimIdsOfOrigin(db, origin)).toEqual(expected);
    expect(await countOfOrigin(db, origin)).toBe(expected.length);
  });

  it('reads several origins at once, by origin then id; none for no origin', async () => {
    const rows = await claimsOfOrigins(db, ['user', 'read']);
    expect(idsOf(rows)).toEqual([
      ...idsWhere((claim) => claim.origin === 'read'),
      ...idsWhere((claim) => claim.origin === 'user'),
    ]);
    expect(await claimsOfOrigins(db, [])).toEqual([]);
  });
});

describe('read transactions and writes', () => {
  it('a read transaction over claimReadTables reads claims; one without them cannot', async () => {
    const inside = await db.transaction('r', [...claimReadTables(db), db.sources], async () => ({
      count: await claimCount(db),
      bySource: await claimCountsBySource(db),
      wire: await claimIdsOfSource(db, 'fx-wire'),
    }));
    expect(inside.count).toBe(11);
    expect(inside.bySource['fx-wire']).toBe(4);
    expect(inside.wire).toHaveLength(4);
    await expect(db.transaction('r', [db.sources], () => claimCount(db))).rejects.toThrow();
  });

  it('sees a write at once: a removed claim leaves every read', async () => {
    const local = freshDb();
    await local.transaction('rw', writeTables(local), async () => {
      await putSources(local, fixtureFullPack().sources);
      await putClaims(local, claims);
    });
    const gone = 'fx-daily#helicopters_downed@45';
    await local.transaction('rw', writeTables(local), () => removeClaims(local, [gone]));
    expect(await claimRow(local, gone)).toBeUndefined();
    expect(await countOfSource(local, 'fx-daily')).toBe(1);
    expect(await countOfOrigin(local, 'user')).toBe(1);
    expect(await countOfMetric(local, 'helicopters_downed')).toBe(4);
    expect(await claimCount(local)).toBe(10);
    expect((await claimCountsBySource(local))['fx-daily']).toBe(1);
  });
});
