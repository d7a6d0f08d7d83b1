import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsOfOrigin } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { removeReadClaim } from '../../../../utils/store/ledger/forget';
import { articleKeys, normaliseUrl } from '../../../../utils/store/ledger/keys';
import { figuresInLedger, recordReading } from '../../../../utils/store/ledger/record';
import { updateClaim } from '../../../../utils/store/mutations';
import { reportsForFigure } from '../../../../utils/store/queries';
import { freshDb, must, nth } from '../helpers';
import {
  armMod,
  DAY,
  figureIn,
  LATER,
  pageOf,
  READ_PERIOD,
  SAID_16,
  SAID_19,
  SEP_28,
} from './ledger-fixtures';

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const site = 'news.example';
const readClaims = async () => (await claimsOfOrigin(db, 'read')).sort((a, b) => a.start - b.start);

describe('one article, however it is reached', () => {
  it('is one source whether reached by its canonical URL, its address with tracking, or its text', async () => {
    const text = `Intro. ${SAID_16}`;
    const figure = figureIn(text, SAID_16, '16 soldiers', 16);
    const first = await recordReading(db, { page: pageOf(text), site, figures: [figure] }, SEP_28);
    // The same address without "www." or tracking, now declaring a canonical URL.
    const again = await recordReading(
      db,
      {
        page: pageOf(text, {
          url: 'http://news.example/2020/09/28/karabakh/#comments',
          canonicalUrl: 'https://news.example/articles/4711',
        }),
        site,
        figures: [figure],
      },
      SEP_28 + 1000,
    );
    // Only the canonical URL in common (another address, another text).
    const other = `Updated intro. ${SAID_16}`;
    const third = await recordReading(
      db,
      {
        page: pageOf(other, {
          url: 'https://amp.news.example/a/4711',
          canonicalUrl: 'https://news.example/articles/4711',
        }),
        site,
        figures: [figureIn(other, SAID_16, '16 soldiers', 16)],
      },
      SEP_28 + 2000,
    );
    // Only the text in common: a syndicated copy at another address.
    const copy = await recordReading(
      db,
      {
        page: pageOf(text, { url: 'https://mirror.example/copy' }),
        site: 'mirror.example',
        figures: [figure],
      },
      SEP_28 + 3000,
    );
    expect(new Set([first.sourceId, again.sourceId, third.sourceId, copy.sourceId]).size).toBe(1);
    expect(await db.sources.where('kind').equals('read').count()).toBe(1);
    expect(await readClaims()).toHaveLength(1);
    expect([first.added, again.added, again.unchanged]).toEqual([1, 0, 1]);
  });

  it('keeps two articles of one outlet apart', async () => {
    const a = `A. ${SAID_16}`;
    const b = `B. ${LATER}`;
    await recordReading(db, {
      page: pageOf(a, { url: 'https://news.example/a' }),
      site,
      figures: [figureIn(a, SAID_16, '16 soldiers', 16)],
    });
    await recordReading(db, {
      page: pageOf(b, { url: 'https://news.example/b' }),
      site,
      figures: [figureIn(b, LATER, '31 soldiers', 31)],
    });
    expect(await db.sources.where('kind').equals('read').count()).toBe(2);
  });

  it('normalises addresses: scheme, www, trailing slash, hash and tracking parameters go; others are sorted', () => {
    expect(normaliseUrl('http://WWW.News.Example/a/b/?b=2&utm_medium=x&a=1#top')).toBe(
      'https://news.example/a/b?a=1&b=2',
    );
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(
      articleKeys({ url: 'https://x.example/p', canonicalUrl: null, textDigest: 'text:0123456789abcdef' }),
    ).toEqual(['url:https://x.example/p', 'text:0123456789abcdef']);
  });
});

describe('a revisit', () => {
  it('keeps what a changed figure said before: "16 on 28 Sep, 19 on 29 Sep"', async () => {
    const before = `Intro. ${SAID_16}`;
    const after = `Intro. ${SAID_19}`;
    await recordReading(
      db,
      { page: pageOf(before), site, figures: [figureIn(before, SAID_16, '16 soldiers', 16)] },
      SEP_28,
    );
    const revisit = await recordReading(
      db,
      { page: pageOf(after), site, figures: [figureIn(after, SAID_19, '19 soldiers', 19)] },
      SEP_28 + DAY,
    );
    expect([revisit.added, revisit.updated]).toEqual([0, 1]);
    const [claim] = await readClaims();
    expect(claim?.value).toBe(19);
    expect(claim?.quote).toBe(SAID_19);
    expect(claim?.history).toEqual([{ value: 16, qualifier: 'exact', seenAt: SEP_28 }]);
    // The overlay's report carries it, with the day the page was read.
    const reports = await reportsForFigure(db, {
      metric: 'military_deaths',
      value: 19,
      qualifier: 'exact',
      side: 'ARM',
      claimant: armMod,
      period: READ_PERIOD,
    });
    const report = must(reports.groups[0]?.claimants[0]?.reports[0]);
    expect(report.readAt).toBe(SEP_28 + DAY);
    expect(report.history).toEqual([{ value: 16, qualifier: 'exact', seenAt: SEP_28 }]);
  });

  it('updates a growing live blog without duplicates', async () => {
    const morning = `Live. ${SAID_16}`;
    const evening = `Live. ${SAID_16} Later. ${LATER}`;
    await recordReading(
      db,
      { page: pageOf(morning), site, figures: [figureIn(morning, SAID_16, '16 soldiers', 16)] },
      SEP_28,
    );
    const grown = await recordReading(
      db,
      {
        page: pageOf(evening),
        site,
        figures: [figureIn(evening, SAID_16, '16 soldiers', 16), figureIn(evening, LATER, '31 soldiers', 31)],
      },
      SEP_28 + 3600_000,
    );
    expect([grown.added, grown.updated, grown.unchanged, grown.inLedger]).toEqual([1, 0, 1, 2]);
    expect((await readClaims()).map((claim) => claim.value)).toEqual([16, 31]);
    // Read a third time, unchanged: still two.
    await recordReading(db, {
      page: pageOf(evening),
      site,
      figures: [figureIn(evening, SAID_16, '16 soldiers', 16), figureIn(evening, LATER, '31 soldiers', 31)],
    });
    expect(await readClaims()).toHaveLength(2);
  });

  it('leaves a figure the reader removed removed, and one the reader corrected as corrected', async () => {
    const text = `Live. ${SAID_16} Later. ${LATER}`;
    const figures = [figureIn(text, SAID_16, '16 soldiers', 16), figureIn(text, LATER, '31 soldiers', 31)];
    await recordReading(db, { page: pageOf(text), site, figures }, SEP_28);
    const [first, second] = await readClaims();
    await removeReadClaim(db, must(first).id);
    await updateClaim(db, must(second).id, { value: 30 });
    const revisit = await recordReading(db, { page: pageOf(text), site, figures }, SEP_28 + DAY);
    expect(revisit.added).toBe(0);
    const now = await readClaims();
    expect(now.map((claim) => claim.value)).toEqual([30]);
    expect(revisit.inLedger).toBe(1);
    expect((await figuresInLedger(db, articleKeys(pageOf(text))))?.count).toBe(1);
  });

  it('refuses to remove a claim that is not from the ledger', async () => {
    await expect(removeReadClaim(db, 'not-there')).rejects.toThrow('not in your reading ledger');
  });
});

describe('the reports of read pages', () => {
  it('reach other pages’ overlays with their outlet', async () => {
    const text = `Intro. ${SAID_16}`;
    await recordReading(
      db,
      {
        page: pageOf(text, { outlet: 'Asbarez' }),
        site,
        figures: [figureIn(text, SAID_16, '16 soldiers', 16)],
      },
      SEP_28,
    );
    const reports = await reportsForFigure(db, {
      metric: 'military_deaths',
      value: 19,
      qualifier: 'exact',
      side: 'ARM',
      claimant: armMod,
      period: READ_PERIOD,
    });
    const report = nth(nth(nth(reports.groups, 0).claimants, 0).reports, 0);
    expect([report.outlet, report.origin, report.sourceKind, report.value]).toEqual([
      'Asbarez',
      'read',
      'read',
      16,
    ]);
  });
});
