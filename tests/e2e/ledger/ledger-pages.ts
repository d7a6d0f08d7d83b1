/**
 * The ledger tests' two moves in Chromium: open one of the ledger site's articles (waiting for its
 * marks) and open the overlay of its figure. One Chromium suite and one served site per test file.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { markPoint, type OverlaySnapshot, waitForOverlay } from '../content-probes';
import { type ChromiumSuite, useChromiumSuite, waitForMarks } from '../harness';
import { type LedgerArticle, type LedgerSite, serveLedgerSite } from './ledger-site';

export interface LedgerPages {
  suite: ChromiumSuite;
  openArticle(
    article: LedgerArticle,
    host: '127.0.0.1' | 'localhost',
  ): Promise<{ page: Page; cdp: CDPSession }>;
  openOverlay(page: Page, cdp: CDPSession, article: LedgerArticle): Promise<OverlaySnapshot>;
}

/** Starts Chromium with the built extension and the ledger site for this test file. */
export function useLedgerPages(): LedgerPages {
  const suite = useChromiumSuite({ viewport: { width: 1280, height: 900 } });
  let site: LedgerSite;
  beforeAll(async () => {
    site = await serveLedgerSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return {
    suite,
    async openArticle(article, host) {
      const page = await suite.newPage();
      await page.goto(site.url(article, host));
      await waitForMarks(page, 10_000);
      const cdp = await page.context().newCDPSession(page);
      return { page, cdp };
    },
    async openOverlay(page, cdp, article) {
      const point = await markPoint(page, new RegExp(article.figure));
      await page.mouse.click(point.x, point.y);
      const overlay = await waitForOverlay(cdp);
      if (!overlay) throw new Error('no overlay');
      return overlay;
    },
  };
}
