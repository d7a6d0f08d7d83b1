/**
 * The core path in German in Debian's Firefox ESR: a profile with `intl.locale.requested` = de
 * (and the German language pack, Debian's firefox-esr-l10n-de, which `npm run test:e2e`
 * installs: without it Firefox has no German to switch to and stays en-US) marks a seed
 * article's figures, and a click on a mark opens the overlay in German. MV2 build.
 * Needs `wxt build -b firefox` first and a global WebSocket (Node 20: `--experimental-websocket`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markBox, markedTexts, overlayHost, overlayState } from './firefox-probes';
import { builtAddonId, FIREFOX_MV2_DIR, type FirefoxSession, launchFirefox } from './harness/firefox';
import type { FirefoxTab } from './harness/firefox-tab';
import { layerPriority, type ServedDemoSite, serveDemoSite } from './harness/index';

const FIGURE_PRIORITY = layerPriority('figure');

let demo: ServedDemoSite;
let firefox: FirefoxSession;
let tab: FirefoxTab;

beforeAll(async () => {
  demo = await serveDemoSite();
  firefox = await launchFirefox({
    addonId: builtAddonId(FIREFOX_MV2_DIR),
    prefs: { 'intl.locale.requested': 'de' },
  });
  await firefox.installExtension(FIREFOX_MV2_DIR);
  tab = await firefox.openTab();
});

afterAll(async () => {
  await firefox?.close();
  await demo?.close();
});

/** What the add-on's pages see of the browser's language. */
function browserLanguage(): { locale: string; ui: string } {
  const api = (
    globalThis as unknown as { browser: { i18n: { getMessage(n: string): string; getUILanguage(): string } } }
  ).browser;
  return { locale: api.i18n.getMessage('manifest_locale'), ui: api.i18n.getUILanguage() };
}

describe('Crosstally in a German Firefox ESR', () => {
  it('runs with the German extension locale', async () => {
    await tab.navigate(firefox.extensionUrl('popup.html'));
    expect(await tab.evaluate(browserLanguage)).toEqual({ locale: 'de', ui: expect.stringMatching(/^de/) });
  });

  it('opens a mark’s overlay in German', async () => {
    await tab.navigate(demo.pageUrl('seed-000.html'));
    await tab.waitFor(markedTexts, [FIGURE_PRIORITY], { timeoutMs: 15_000, what: 'marks' });
    const box = await tab.evaluate(markBox, 'helicopters$', FIGURE_PRIORITY);
    if (!box) throw new Error('no helicopters mark in the story body');
    await tab.click(box.x + box.width / 2, box.y + box.height / 2);
    const host = await tab.element(overlayHost);
    const shadowRoot = host?.value?.shadowRoot;
    if (!shadowRoot) throw new Error('the click created no overlay');
    const overlay = await tab.waitFor(overlayState, [{ sharedId: shadowRoot.sharedId }], {
      timeoutMs: 5_000,
      what: 'the overlay',
    });
    expect(overlay.title).toMatch(/^Abgeschossene Hubschrauber/);
    expect(overlay.summary).toMatch(/^\d+ Zahl(en)? von \d+ Urheber(n)? in \d+ Bericht(en)?: /);
    expect(overlay.groups.length).toBeGreaterThan(0);
  });
});
