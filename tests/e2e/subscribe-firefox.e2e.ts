/**
 * Subscribing to a published pack in Firefox ESR, MV2 and MV3 builds (issue 17; the Chromium twin
 * is manager-subscriptions.e2e.ts): a static host on 127.0.0.1 serves a signed pack; the reader
 * types its address and key in the manager, checks it, and subscribes; the overlay on a demo page
 * names the pack its reports came from; a tampered shard is refused and the old data kept.
 *
 * Unlike the Chromium test's host, this one does not let other sites read its files (no CORS
 * header), so the pack can only be read with the host access the manager asks Firefox for.
 * Firefox's prompt for optional permissions cannot be answered under automation; its own pref
 * `extensions.webextOptionalPermissionPrompts: false` (what Mozilla's tests use) grants what
 * `permissions.request` asks without showing it. The product path is unchanged: the request is
 * still made from the reader's click, and the test checks that access was not there before (MV2).
 * In the MV3 build Firefox counts the content script's match patterns (every http and https site)
 * as granted host access from install on, so there the request finds access already granted.
 * Needs `wxt build -b firefox` and `wxt build -b firefox --mv3` first (`npm run test:e2e`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys } from '../../utils/store/published/signature';
import { overlayHost, overlayState } from './firefox-probes';
import { builtAddonId, FIREFOX_BUILDS, type FirefoxSession, launchFirefox } from './harness/firefox';
import type { FirefoxTab } from './harness/firefox-tab';
import { layerPriority, type ServedDemoSite, serveDemoSite } from './harness/index';
import { figureMarkBox, overlayText } from './ledger/ledger-firefox-probes';
import { fixturePack, PACK_PUBLISHER, PACK_TITLE, type PackHost, startPackHost } from './pack-host';
import {
  enabledButtonBox,
  focusedValue,
  hasHostAccess,
  labelledFieldBox,
  pageTextMatching,
  textOf,
} from './subscribe-firefox-probes';

const FIGURE_PRIORITY = layerPriority('figure');
const BUILDS = FIREFOX_BUILDS;
const HOST_ACCESS = 'http://127.0.0.1/*';

let demo: ServedDemoSite;
let host: PackHost;
beforeAll(async () => {
  demo = await serveDemoSite();
  host = await startPackHost({ anyOrigin: false });
});
afterAll(async () => {
  await demo?.close();
  await host?.close();
});

const centre = (box: { x: number; y: number; width: number; height: number }) =>
  [box.x + box.width / 2, box.y + box.height / 2] as const;

async function clickButton(tab: FirefoxTab, name: string): Promise<void> {
  const box = await tab.waitFor(enabledButtonBox, [name], { timeoutMs: 15_000, what: `the ${name} button` });
  await tab.click(...centre(box));
}

/** Clicks into the labelled field and types `text` key by key, as the reader would. */
async function typeInto(tab: FirefoxTab, label: string, text: string): Promise<void> {
  const box = await tab.waitFor(labelledFieldBox, [label], { what: `the field "${label}"` });
  await tab.click(...centre(box));
  for (const key of text) await tab.press(key);
  expect(await tab.evaluate(focusedValue)).toBe(text);
}

describe.each(BUILDS)('subscribing to a pack in Firefox ESR, $name build', ({ name, dir }) => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({
      addonId: builtAddonId(dir),
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    await firefox.installExtension(dir);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** The overlay's text on seed 000's "four … helicopters", in a tab of its own. */
  async function helicopterOverlayText(): Promise<string> {
    const tab = await firefox.openTab();
    try {
      await tab.navigate(demo.pageUrl('seed-000.html'));
      const box = await tab.waitFor(figureMarkBox, ['^four .*helicopters$', FIGURE_PRIORITY], {
        timeoutMs: 15_000,
        what: 'the mark of four helicopters',
      });
      await tab.click(...centre(box));
      const shadowRoot = (await tab.element(overlayHost))?.value?.shadowRoot;
      if (!shadowRoot) throw new Error('the click created no overlay');
      const root = { sharedId: shadowRoot.sharedId };
      await tab.waitFor(overlayState, [root], { timeoutMs: 10_000, what: 'the overlay with its reports' });
      return await tab.evaluate(overlayText, root);
    } finally {
      await tab.close();
    }
  }

  it('reads the pack with the host access asked at the click, shows it in the overlay, and refuses a tampered shard', async () => {
    const keys = await generateSigningKeys();
    const fixture = fixturePack();
    await host.publish(fixture, keys.privateKey);
    expect(await helicopterOverlayText()).not.toContain('from pack');

    const manager = await firefox.openTab();
    await manager.navigate(firefox.extensionUrl('options.html#packs'));
    await manager.waitFor(pageTextMatching, ['Subscribed packs'], { what: 'the subscriptions panel' });
    // MV2: no access to the host until asked. MV3: Firefox grants the content script's match
    // patterns (every http and https site) as host access at install, so it is there already.
    expect(await manager.evaluate(hasHostAccess, HOST_ACCESS)).toBe(name === 'MV3');

    await typeInto(manager, 'Pack address (https)', host.indexUrl);
    await typeInto(manager, "Publisher's public key", keys.publicKey);
    await clickButton(manager, 'Check the pack');
    const preview = await manager.waitFor(textOf, ['[aria-label="The pack before subscribing"]'], {
      timeoutMs: 20_000,
      what: 'the preview of the pack',
    });
    expect(preview).toMatch(
      new RegExp(
        `${PACK_TITLE}, published by ${PACK_PUBLISHER}: ${fixture.claims.length} claims from 4 articles`,
      ),
    );
    // Granted from the reader's click (MV2: for this host only).
    expect(await manager.evaluate(hasHostAccess, HOST_ACCESS)).toBe(true);
    expect(await manager.evaluate(hasHostAccess, 'https://*/*')).toBe(name === 'MV3');
    // Nothing is stored before the reader confirms.
    expect(await helicopterOverlayText()).not.toContain('from pack');

    await clickButton(manager, 'Subscribe');
    await manager.waitFor(pageTextMatching, [`${PACK_TITLE}.*Last good update`], {
      timeoutMs: 20_000,
      what: 'the subscription listed',
    });
    await manager.screenshot(`subscribe-firefox-${name}-subscribed`);
    const subscribed = await helicopterOverlayText();
    expect(subscribed).toContain(`from pack: ${PACK_TITLE}`);
    expect(subscribed).toContain('Example Wire');

    // The host now serves shards that do not match the signed index (a changed figure in them).
    const tampered = structuredClone(fixture);
    const first = tampered.claims[0];
    if (!first) throw new Error('fixture changed');
    first.value = 400;
    await host.publish(tampered, keys.privateKey);
    host.tamperShards();
    await clickButton(manager, 'Refresh now');
    await manager.waitFor(pageTextMatching, ['Kept the previous version: .*does not match its digest'], {
      timeoutMs: 20_000,
      what: 'the refusal of the tampered shard',
    });
    await manager.screenshot(`subscribe-firefox-${name}-tampered`);
    // The previous version stays: the overlay says what it said before.
    expect(await helicopterOverlayText()).toBe(subscribed);
    await manager.close();
  });
});
