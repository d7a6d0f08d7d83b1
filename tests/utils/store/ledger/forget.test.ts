import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimCount, claimsOfOrigin, claimsOfSource } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import {
  expireReadings,
  forgetAllRead,
  forgetSite,
  ledgerCounts,
  removeReadClaim,
} from '../../../../utils/store/ledger/forget';
import { recordReading } from '../../../../utils/store/ledger/record';
import { reportsForFigure } from '../../../../utils/store/queries';
import { resetToSeed, seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb, must } from '../helpers';
import { armMod, DAY, figureIn, LATER, pageOf, SAID_16, SEP_28 } from './ledger-fixtures';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

async function read(
  url: string,
  site: string,
  sentence: string,
  figureText: string,
  value: number,
  at: number,
) {
  const text = `${url}. ${sentence}`;
  return recordReading(
    db,
    { page: pageOf(text, { url }), site, figures: [figureIn(text, sentence, figureText, value)] },
    at,
  );
}

/** Every report of the metric, whatever its value. */
const reportsOfDeaths = async () =>
  (
    await reportsForFigure(db, {
      metric: 'military_deaths',
      value: 16,
      qualifier: 'exact',
      side: 'ARM',
      claimant: armMod,
    })
  ).summary.reports;

describe('forgetting read articles', () => {
  it('"Forget this site" removes that site’s articles, claims and reports, and no other site’s', async () => {
    const one = await read('https://news.example/a', 'news.example', SAID_16, '16 soldiers', 16, SEP_28);
    await read('https://other.example/b', 'other.example', SAID_16, '16 soldiers', 16, SEP_28);
    await removeReadClaim(db, must((await claimsOfSource(db, one.sourceId))[0]?.id));
    await read('https://news.example/c', 'news.example', LATER, '31 soldiers', 31, SEP_28);
    expect(await reportsOfDeaths()).toBe(2);
    const result = await forgetSite(db, 'news.example');
    expect(result).toEqual({ articles: 2, claims: 1 });
    expect(await reportsOfDeaths()).toBe(1);
    const counts = await ledgerCounts(db);
    expect(counts).toEqual({ articles: 1, claims: 1, sites: [{ site: 'other.example', articles: 1 }] });
    expect(await db.sources.get(one.sourceId)).toBeUndefined();
    // Its removals go too: read again, the figure is back.
    expect(await db.tombstones.count()).toBe(0);
    expect(
      (await read('https://news.example/a', 'news.example', SAID_16, '16 soldiers', 16, SEP_28)).added,
    ).toBe(1);
  });

  it('"Forget everything read" leaves the seed and the reader’s own claims', async () => {
    await seedStore(db, fixturePack());
    const before = await claimCount(db);
    await read('https://news.example/a', 'news.example', SAID_16, '16 soldiers', 16, SEP_28);
    await read('https://other.example/b', 'other.example', LATER, '31 soldiers', 31, SEP_28);
    expect(await forgetAllRead(db)).toEqual({ articles: 2, claims: 2 });
    expect(await claimCount(db)).toBe(before);
    expect(await db.sources.where('kind').equals('read').count()).toBe(0);
    expect(await db.readings.count()).toBe(0);
  });

  it('expires articles last read before the reader’s limit; a recent revisit keeps one; forever keeps all', async () => {
    await read('https://news.example/old', 'news.example', SAID_16, '16 soldiers', 16, SEP_28 - 40 * DAY);
    await read('https://news.example/kept', 'news.example', LATER, '31 soldiers', 31, SEP_28 - 40 * DAY);
    await read('https://news.example/kept', 'news.example', LATER, '31 soldiers', 31, SEP_28 - 2 * DAY);
    expect(await expireReadings(db, null, SEP_28)).toEqual({ articles: 0, claims: 0 });
    expect(await expireReadings(db, 90, SEP_28)).toEqual({ articles: 0, claims: 0 });
    expect(await expireReadings(db, 30, SEP_28)).toEqual({ articles: 1, claims: 1 });
    expect((await claimsOfOrigin(db, 'read')).map((claim) => claim.value)).toEqual([31]);
  });

  it('a reset to the seed takes the read articles with their claims, leaving no orphan reading', async () => {
    await read('https://news.example/a', 'news.example', SAID_16, '16 soldiers', 16, SEP_28);
    await resetToSeed(db, fixturePack());
    expect(await ledgerCounts(db)).toEqual({ articles: 0, claims: 0, sites: [] });
  });
});
