import { beforeEach, describe, expect, it } from 'vitest';
import { claimsForPage } from '../../../utils/background/page-claims';
import type { CrosstallyDb } from '../../../utils/store/db';
import { saveClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb } from '../store/helpers';
import { helicopterDraft as draft, webSource as source } from './web-claims';

const URL_A = 'https://cbw.example/markets/oil';
let db: CrosstallyDb;

beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

describe('the claims saved from a page', () => {
  it('are the reader’s claims whose source has the page’s address, in page order', async () => {
    await saveClaim(db, draft('web:a', 300), source('web:a', URL_A));
    await saveClaim(db, draft('web:a', 100), source('web:a', URL_A));
    await saveClaim(db, draft('web:b', 100), source('web:b', 'https://cbw.example/other'));
    const found = await claimsForPage(db, URL_A);
    expect(found.claims.map((claim) => [claim.sourceId, claim.start, claim.origin])).toEqual([
      ['web:a', 100, 'user'],
      ['web:a', 300, 'user'],
    ]);
    expect(found.metricLabels).toEqual({ helicopters_downed: 'helicopters shot down' });
    // Every stored claim of the metric: the fixture's and the three saved ones.
    const fixtureCount = fixturePack().claims.filter((claim) => claim.metric === 'helicopters_downed').length;
    expect(found.reportCounts.helicopters_downed).toBe(fixtureCount + 3);
  });

  it('are none for a page nothing was saved from', async () => {
    expect(await claimsForPage(db, 'https://elsewhere.example/')).toEqual({
      claims: [],
      metricLabels: {},
      reportCounts: {},
    });
  });
});
