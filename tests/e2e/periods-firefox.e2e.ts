/**
 * Periods in Firefox ESR, MV2 and MV3 builds: the demo page's running total ("480 Armenian
 * soldiers killed since 27 September", 10 October 2020) opens an overlay whose chart table lists
 * the claimant's tallies in order, and only the same period's other claimant is "differs" (the
 * day's count and the earlier tallies are listed apart). The Chromium twin is periods.e2e.ts.
 * Needs `wxt build -b firefox` and `wxt build -b firefox --mv3` first (`npm run test:e2e`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayHost } from './firefox-probes';
import { builtAddonId, FIREFOX_BUILDS, type FirefoxSession, launchFirefox } from './harness/firefox';
import { layerPriority, type ServedDemoSite, serveDemoSite } from './harness/index';
import { askBackground, figureMarkBox } from './ledger/ledger-firefox-probes';
import { overlayPeriods } from './periods-firefox-probes';
import { PACK } from './periods-pack';

const FIGURE_PRIORITY = layerPriority('figure');
const BUILDS = FIREFOX_BUILDS;

let demo: ServedDemoSite;
beforeAll(async () => {
  demo = await serveDemoSite();
});
afterAll(async () => {
  await demo?.close();
});

describe.each(BUILDS)('periods in Firefox ESR, $name build', ({ name, dir }) => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ addonId: builtAddonId(dir) });
    await firefox.installExtension(dir);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('charts the claimant’s running total in order, and marks only the same period’s other claimant', async () => {
    const tab = await firefox.openTab();
    await tab.navigate(firefox.extensionUrl('options.html'));
    expect(
      await tab.evaluate(askBackground, {
        type: 'importApply',
        text: JSON.stringify(PACK),
        onConflict: 'keep-mine',
      }),
    ).toMatchObject({ ok: true });

    await tab.navigate(demo.pageUrl('running-total.html'));
    const box = await tab.waitFor(figureMarkBox, ['480 Armenian soldiers', FIGURE_PRIORITY], {
      timeoutMs: 15_000,
      what: 'the mark of the running total',
    });
    await tab.click(box.x + box.width / 2, box.y + box.height / 2);
    const shadowRoot = (await tab.element(overlayHost))?.value?.shadowRoot;
    if (!shadowRoot) throw new Error('the click created no overlay');
    const root = { sharedId: shadowRoot.sharedId };
    const overlay = await tab.waitFor(overlayPeriods, [root], { timeoutMs: 10_000, what: 'the overlay' });
    await tab.screenshot(`periods-firefox-${name}`);
    expect(overlay.rows).toEqual([
      ['Claimant', 'To', 'Tally'],
      ["Armenia's Ministry of Defence", '27 Sep 2020', '16'],
      ["Armenia's Ministry of Defence", '28 Sep 2020', '31'],
      ["Armenia's Ministry of Defence", '9 Nov 2020', '2,425'],
      ['Nagorno-Karabakh Defence Ministry', '10 Oct 2020', '500'],
      ["This page (Armenia's Ministry of Defence)", '10 Oct 2020', '480'],
    ]);
    // Only the same running total from another claimant is compared, and it differs.
    expect(overlay.differs).toEqual(['500']);
    expect(overlay.headings).toEqual(expect.arrayContaining(['10 Oct 2020', 'so far, to 27 Sep 2020']));
  });
});
