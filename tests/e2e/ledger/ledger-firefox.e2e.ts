/**
 * The reading ledger's core path in Firefox ESR, MV2 and MV3 builds: the overlay on the first
 * coverage page asks, "Keep them" turns the ledger on and keeps the page, the next outlet's
 * overlay lists the first outlet's figure as read, and forgetting the site takes it out again.
 * Needs `wxt build -b firefox` and `wxt build -b firefox --mv3` first (`npm run test:e2e`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OverlayState, overlayHost, overlayState } from '../firefox-probes';
import type { SharedReference } from '../harness/bidi';
import {
  builtAddonId,
  FIREFOX_BUILDS,
  FIREFOX_MV2_DIR,
  type FirefoxSession,
  launchFirefox,
} from '../harness/firefox';
import type { FirefoxTab } from '../harness/firefox-tab';
import { layerPriority } from '../harness/index';
import {
  askBackground,
  figureMarkBox,
  ledgerPagesOfTabs,
  openPrivateWindow,
  overlayButtonBox,
  overlayText,
} from './ledger-firefox-probes';
import { FIRST, type LedgerArticle, type LedgerSite, SECOND, serveLedgerSite } from './ledger-site';

const FIGURE_PRIORITY = layerPriority('figure');
const BUILDS = FIREFOX_BUILDS;

let site: LedgerSite;
beforeAll(async () => {
  site = await serveLedgerSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(BUILDS)('the reading ledger in Firefox ESR, $name build', ({ name, dir }) => {
  let firefox: FirefoxSession;
  let tab: FirefoxTab;

  beforeAll(async () => {
    firefox = await launchFirefox({ addonId: builtAddonId(dir) });
    await firefox.installExtension(dir);
    tab = await firefox.openTab();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function openOverlay(
    article: LedgerArticle,
    host: '127.0.0.1' | 'localhost',
  ): Promise<{ root: SharedReference; overlay: OverlayState }> {
    await tab.navigate(site.url(article, host));
    const box = await tab.waitFor(figureMarkBox, [article.figure, FIGURE_PRIORITY], {
      timeoutMs: 15_000,
      what: `the mark of ${article.figure}`,
    });
    await tab.click(box.x + box.width / 2, box.y + box.height / 2);
    const shadowRoot = (await tab.element(overlayHost))?.value?.shadowRoot;
    if (!shadowRoot) throw new Error('the click created no overlay');
    const root = { sharedId: shadowRoot.sharedId };
    const overlay = await tab.waitFor(overlayState, [root], { timeoutMs: 5_000, what: 'the overlay' });
    return { root, overlay };
  }

  it('asks once, keeps the page read, and lists its outlet on the next outlet’s page', async () => {
    const first = await openOverlay(FIRST, '127.0.0.1');
    expect(await tab.evaluate(overlayText, first.root)).toContain(
      'Keep the figures of the coverage pages you read',
    );
    const keep = await tab.waitFor(overlayButtonBox, [first.root, 'Keep them'], {
      what: 'the Keep them button',
    });
    await tab.click(keep.x + keep.width / 2, keep.y + keep.height / 2);
    await tab.waitFor(
      (root: ShadowRoot) => (root.textContent ?? '').includes('now keeps the figures'),
      [first.root],
      { what: 'the ledger turned on' },
    );
    await tab.screenshot(`ledger-firefox-${name}-consent`);

    // The background keeps the page once the reader said yes; the next outlet's page shows it.
    let second = await openOverlay(SECOND, 'localhost');
    for (
      let tries = 0;
      !second.overlay.groups.some((g) => g.value === String(FIRST.value)) && tries < 10;
      tries++
    )
      second = await openOverlay(SECOND, 'localhost');
    await tab.screenshot(`ledger-firefox-${name}-second-outlet`);
    const group = second.overlay.groups.find((each) => each.value === String(FIRST.value));
    expect(group?.claimants.flatMap((claimant) => claimant.outlets)).toContain(FIRST.outlet);
    expect(await tab.evaluate(overlayText, second.root)).toMatch(/You read this on \d{1,2} [A-Z][a-z]{2}/);
    expect(await tab.evaluate(overlayText, second.root)).not.toContain(
      'Keep the figures of the coverage pages',
    );
  });

  it('forgets a site: its report vanishes from the next overlay', async () => {
    await tab.navigate(firefox.extensionUrl('options.html'));
    const answer = (await tab.evaluate(askBackground, { type: 'forgetReadSite', site: '127.0.0.1' })) as {
      ok: boolean;
      data?: { articles: number };
    };
    expect(answer).toMatchObject({ ok: true, data: { articles: 1 } });
    const second = await openOverlay(SECOND, 'localhost');
    expect(second.overlay.groups.some((each) => each.value === String(FIRST.value))).toBe(false);
  });
});

/** The browsing context of a tab that was not among `before`, once it shows up. */
async function waitForNewTab(firefox: FirefoxSession, before: Set<string>): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    const added = (await firefox.tabs()).find((each) => !before.has(each.context));
    if (added) return added.context;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no private window opened');
}

describe('the reading ledger in a Firefox private window (MV2 build)', () => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ addonId: builtAddonId(FIREFOX_MV2_DIR) });
    // Allowed in private windows, as a reader may allow it.
    await firefox.installExtension(FIREFOX_MV2_DIR, { allowPrivateBrowsing: true });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('records nothing, with the ledger on, although the page is marked', async () => {
    const manager = await firefox.openTab();
    await manager.navigate(firefox.extensionUrl('options.html'));
    expect(
      await manager.evaluate(askBackground, { type: 'updateLedgerSettings', consent: true }),
    ).toMatchObject({
      ok: true,
      data: { consent: true },
    });
    const before = new Set((await firefox.tabs()).map((each) => each.context));
    await manager.evaluate(openPrivateWindow, site.url(FIRST));
    const privateContext = await waitForNewTab(firefox, before);
    const article = firefox.tab(privateContext);
    await article.waitFor(figureMarkBox, [FIRST.figure, FIGURE_PRIORITY], {
      timeoutMs: 15_000,
      what: 'marks',
    });
    // The page's content script asked, and the background said no: a private window.
    const pages = (await manager.waitFor(ledgerPagesOfTabs, [], {
      timeoutMs: 10_000,
      what: 'the page’s ledger answer',
    })) as { outcome: { recorded: boolean; reason?: string } }[];
    expect(pages.map((page) => page.outcome)).toEqual([
      { recorded: false, reason: 'private', inLedger: 0, consent: true },
    ]);
    expect(await manager.evaluate(askBackground, { type: 'ledgerSettings' })).toMatchObject({
      ok: true,
      data: { articles: 0, claims: 0 },
    });
  });
});
