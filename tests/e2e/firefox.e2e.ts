/**
 * The core path in Debian's Firefox ESR, for the MV2 and the MV3 build: the add-on installs under
 * its gecko id, a seed article gets its figures marked (and painted), a click on a mark opens the overlay with
 * the other outlets' reports (claimants and outlets kept apart), a report opens in the reader
 * from the store, the manager lists the stored claims and takes another tab's article, and
 * nothing leaves the machine. Driven over WebDriver BiDi, no geckodriver.
 * Needs `wxt build -b firefox` and `wxt build -b firefox --mv3` first, and a global WebSocket
 * (Node 20: `--experimental-websocket`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackData } from '../../utils/engine/topic-pack';
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import {
  chooseImportFile,
  clickByText,
  coverageTabId,
  extensionStatus,
  importEndedLine,
  importPreviewHeading,
  isDialogClosed,
  managerState,
  markBox,
  markedTexts,
  type OverlayState,
  overlayHost,
  overlayState,
  passageFocused,
  readerPassage,
  reportLink,
  rootAttributeNames,
  tabArticleForm,
  wrappedMarks,
} from './firefox-probes';
import type { SharedReference } from './harness/bidi';
import {
  builtAddonId,
  FIREFOX_BUILDS,
  type FirefoxSession,
  launchFirefox,
  readBuiltManifest,
} from './harness/firefox';
import type { FirefoxTab } from './harness/firefox-tab';
import {
  layerPriority,
  REPO_ROOT,
  type ServedDemoSite,
  STRICT_CSP_QUERY,
  serveDemoSite,
} from './harness/index';
import { decodePng } from './harness/png';
import { amberShare, markAndPlainBoxes } from './paint-probes';

const seedPack = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'assets/seed-claims.json'), 'utf8'),
) as ClaimPack;
const ARTICLE_FILE = 'seed-000.html';
const MARKS_TIMEOUT_MS = 15_000;
/** Our figure highlight layer's paint priority: how probes find it (its name is random). */
const FIGURE_PRIORITY = layerPriority('figure');
const VIEWPORT_HEIGHT = 900;
/** WebDriver's key code for Escape. */
const ESCAPE = '\uE00C';

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

const BUILDS = FIREFOX_BUILDS;

const helicopterClaims = seedPack.claims.filter((claim) => claim.metric === 'helicopters_downed');

/** Who carried a source: its outlet, or its honest label when the outlet is unknown. */
function carrierOf(sourceId: string): string {
  const source = seedPack.sources.find((each) => each.id === sourceId);
  if (!source) throw new Error(`no seed source ${sourceId}`);
  return source.outlet ?? source.label;
}

let demo: ServedDemoSite;

/** The seed document the demo article page shows. */
function articleSeedId(): string {
  const seedId = demo.site.pages.find((page) => page.file === ARTICLE_FILE)?.seedId;
  if (!seedId) throw new Error(`the demo site has no seed page ${ARTICLE_FILE}`);
  return seedId;
}

beforeAll(async () => {
  demo = await serveDemoSite();
});

afterAll(async () => {
  await demo?.close();
});

describe.each(BUILDS)('Crosstally in Firefox ESR, $name build', ({ name, dir, manifestVersion }) => {
  const manifest = readBuiltManifest<BuiltManifest>(dir);
  let firefox: FirefoxSession;
  let installedId: string;
  let tab: FirefoxTab;

  /** Clicks the first helicopters mark of the article and waits for the overlay's reports. */
  async function openHelicoptersOverlay(
    markPattern = 'helicopters$',
  ): Promise<{ root: SharedReference; overlay: OverlayState }> {
    const box = await tab.evaluate(markBox, markPattern, FIGURE_PRIORITY);
    if (!box) throw new Error('no helicopters mark in the story body');
    const clicked = performance.now();
    await tab.click(box.x + box.width / 2, box.y + box.height / 2);
    const host = await tab.element(overlayHost);
    const shadowRoot = host?.value?.shadowRoot;
    if (!shadowRoot) throw new Error('the click created no overlay');
    expect(shadowRoot.value?.mode).toBe('closed');
    const root = { sharedId: shadowRoot.sharedId };
    const overlay = await tab.waitFor(overlayState, [root], { timeoutMs: 5_000, what: 'the overlay' });
    console.info(
      `Firefox ${name}: overlay ready ${(performance.now() - clicked).toFixed(0)} ms after the click`,
    );
    return { root, overlay };
  }

  beforeAll(async () => {
    firefox = await launchFirefox({ addonId: builtAddonId(dir) });
    const started = performance.now();
    installedId = await firefox.installExtension(dir);
    const installMs = performance.now() - started;
    tab = await firefox.openTab();
    const { startMs, sessionMs } = firefox.timings;
    console.info(
      `Firefox ${name}: BiDi listening ${startMs.toFixed(0)} ms after start, session.new ${sessionMs.toFixed(0)} ms, add-on installed in ${installMs.toFixed(0)} ms`,
    );
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('installs under its gecko id and runs with only the permissions it declares', async () => {
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(installedId).toBe(manifest.browser_specific_settings?.gecko?.id);
    await tab.navigate(firefox.extensionUrl('popup.html'));
    const running = await tab.evaluate(extensionStatus);
    expect(running.manifestVersion).toBe(manifestVersion);
    expect(running.root).toBe(firefox.extensionUrl('/'));
    expect(running.permissions.sort()).toEqual([...(manifest.permissions ?? [])].sort());
    // MV2 content scripts need no grant. Firefox MV3 grants their match patterns at install
    // (extensions.originControls.grantByDefault, on by default); the reader may revoke them.
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(running.origins.sort()).toEqual(manifestVersion === 3 ? matches.sort() : []);
  });

  it('marks the figures of a seed article: every stored claim of it, and nothing else', async () => {
    const seedId = articleSeedId();
    const started = performance.now();
    await tab.navigate(demo.pageUrl(ARTICLE_FILE));
    const texts = await tab.waitFor(markedTexts, [FIGURE_PRIORITY], {
      timeoutMs: MARKS_TIMEOUT_MS,
      what: 'marks',
    });
    console.info(
      `Firefox ${name}: ${texts.length} marks ${(performance.now() - started).toFixed(0)} ms after navigating`,
    );
    // Painted, not only registered: the highlight's tint over a figure, none over the words before it.
    const boxes = await tab.evaluate(markAndPlainBoxes, FIGURE_PRIORITY);
    if (!boxes) throw new Error('no mark with unmarked words before it in the story');
    const image = decodePng(readFileSync(await tab.screenshot(`firefox-${name}-marks`)));
    expect(amberShare(image, boxes.mark)).toBeGreaterThan(0.3);
    expect(amberShare(image, boxes.plain)).toBeLessThan(0.02);

    const claimTexts = seedPack.claims
      .filter((claim) => claim.sourceId === seedId)
      .map((claim) => claim.selector.exact);
    expect(claimTexts.length).toBeGreaterThan(0);
    // Nothing on the page says Crosstally is there: no attribute on <html>.
    expect(await tab.evaluate(rootAttributeNames)).toEqual(['lang']);
    for (const text of claimTexts) expect(texts).toContain(text);
    for (const text of texts) expect(claimTexts).toContain(text);
    expect(await tab.evaluate(wrappedMarks)).toBe(0);
  });

  it('marks the same figures on a page whose Content-Security-Policy forbids every script', async () => {
    // The marking part of the content script is imported on demand from the add-on's files;
    // Firefox must not hold it to the page's policy.
    await tab.navigate(demo.pageUrl(`${ARTICLE_FILE}?${STRICT_CSP_QUERY}`));
    const texts = await tab.waitFor(markedTexts, [FIGURE_PRIORITY], {
      timeoutMs: MARKS_TIMEOUT_MS,
      what: 'marks',
    });
    const claimTexts = seedPack.claims
      .filter((claim) => claim.sourceId === articleSeedId())
      .map((claim) => claim.selector.exact);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of claimTexts) expect(texts).toContain(text);
    for (const text of texts) expect(claimTexts).toContain(text);
    await tab.navigate(demo.pageUrl(ARTICLE_FILE));
    await tab.waitFor(markedTexts, [FIGURE_PRIORITY], { timeoutMs: MARKS_TIMEOUT_MS, what: 'marks' });
  });

  it('opens the overlay on a click at a mark, listing every outlet under its claimant', async () => {
    const { root, overlay } = await openHelicoptersOverlay();
    await tab.screenshot(`firefox-${name}-overlay`);

    expect(overlay.title).toMatch(/helicopters/i);
    expect(overlay.box.bottom - overlay.box.top).toBeGreaterThan(50);
    expect(overlay.box.top).toBeGreaterThanOrEqual(0);
    expect(overlay.box.bottom).toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    // The store has helicopter reports from several outlets; each one of the other outlets is
    // listed under its value and its claimant (this page is a seed article: its own are not).
    expect(new Set(helicopterClaims.map((claim) => claim.sourceId)).size).toBeGreaterThan(1);
    const listed = overlay.groups.flatMap((group) => group.claimants.flatMap((claimant) => claimant.outlets));
    expect(listed).not.toContain(carrierOf(articleSeedId()));
    for (const claim of helicopterClaims.filter((each) => each.sourceId !== articleSeedId())) {
      const group = overlay.groups.find((each) => each.value === String(claim.value));
      expect(group, `a group for ${claim.value}`).toBeDefined();
      const claimantLabel = claim.claimant?.label ?? 'no claimant named';
      const claimant = group?.claimants.find((each) => each.name.startsWith(claimantLabel));
      expect(claimant, `${claimantLabel} under ${claim.value}`).toBeDefined();
      expect(claimant?.outlets).toContain(carrierOf(claim.sourceId));
    }
    // Claimants and outlets are never mixed up.
    const claimantLabels = new Set(helicopterClaims.flatMap((claim) => claim.claimant?.label ?? []));
    const carriers = new Set(helicopterClaims.map((claim) => carrierOf(claim.sourceId)));
    for (const claimant of overlay.groups.flatMap((group) => group.claimants)) {
      expect(carriers.has(claimant.name)).toBe(false);
      for (const outlet of claimant.outlets) expect(claimantLabels.has(outlet)).toBe(false);
    }

    await tab.press(ESCAPE);
    expect(await tab.waitFor(isDialogClosed, [root], { timeoutMs: 3_000, what: 'Escape to close it' })).toBe(
      true,
    );
  });

  it.each([
    ['Russian', 'russian-report.html', 'вертолета$'],
    ['Turkish', 'turkish-report.html', 'helikopter\\S*$'],
  ])(
    'marks a %s report and lists the English seed reports of its helicopter figure',
    async (_, file, mark) => {
      await tab.navigate(demo.pageUrl(file));
      const texts = await tab.waitFor(markedTexts, [FIGURE_PRIORITY], {
        timeoutMs: MARKS_TIMEOUT_MS,
        what: 'marks',
      });
      expect(texts.some((text) => new RegExp(mark).test(text))).toBe(true);
      const { root, overlay } = await openHelicoptersOverlay(mark);
      expect(overlay.title).toMatch(/helicopters/i);
      for (const claim of helicopterClaims) {
        const group = overlay.groups.find((each) => each.value === String(claim.value));
        expect(group, `a group for ${claim.value}`).toBeDefined();
        const claimantLabel = claim.claimant?.label ?? 'no claimant named';
        expect(group?.claimants.some((each) => each.name.startsWith(claimantLabel))).toBe(true);
      }
      await tab.press(ESCAPE);
      await tab.waitFor(isDialogClosed, [root], { timeoutMs: 3_000, what: 'Escape to close it' });
      // The tests after this one start from the seed article.
      await tab.navigate(demo.pageUrl(ARTICLE_FILE));
      await tab.waitFor(markedTexts, [FIGURE_PRIORITY], { timeoutMs: MARKS_TIMEOUT_MS, what: 'marks' });
    },
  );

  it("opens another outlet's report in the reader, read from the store", async () => {
    const claim = helicopterClaims.find((each) => each.sourceId !== articleSeedId());
    if (!claim) throw new Error('no helicopter claim from another seed document');
    const { root } = await openHelicoptersOverlay();
    const link = await tab.evaluate(reportLink, root, claim.id);
    if (!link) throw new Error(`no link to the report ${claim.id} in the overlay`);
    expect(link.text).toBe(carrierOf(claim.sourceId));
    const before = new Set((await firefox.tabs()).map((each) => each.context));
    await tab.click(link.x + Math.min(20, link.width / 2), link.y + link.height / 2);

    const readerPrefix = firefox.extensionUrl('reader.html');
    const opened = await waitForNewTab(firefox, before, readerPrefix);
    const reader = firefox.tab(opened.context);
    expect(new URL(opened.url).searchParams.get('source')).toBe(claim.sourceId);
    expect(new URL(opened.url).searchParams.get('claim')).toBe(claim.id);
    const passage = await reader.waitFor(readerPassage, [claim.id], {
      timeoutMs: 10_000,
      what: 'the passage',
    });
    await reader.screenshot(`firefox-${name}-reader`);
    expect(passage.paragraph).toContain(claim.quote);
    expect(passage.figure).toBe(claim.selector.exact);
    // Focus moves to the passage after the page painted it.
    expect(await reader.waitFor(passageFocused, [], { timeoutMs: 3_000, what: 'focus on the passage' })).toBe(
      true,
    );
    await reader.close();
  });

  it('lists the stored claims in the manager, each with its claimant and its outlet', async () => {
    await tab.navigate(firefox.extensionUrl('options.html'));
    const manager = await tab.waitFor(managerState, [], { timeoutMs: 10_000, what: 'the claim list' });
    await tab.screenshot(`firefox-${name}-manager`);

    // The store holds the seed claims (seeded at install) and lists all of them.
    expect(manager.countLine).toBe(`Showing ${seedPack.claims.length} claims.`);
    expect(manager.groups.length).toBeGreaterThan(0);
    for (const group of manager.groups) {
      const metric = defaultPackData.metrics.find(
        (each) => each.label.toLowerCase() === group.label.toLowerCase(),
      );
      expect(metric, group.label).toBeDefined();
      const stored = seedPack.claims.filter((claim) => claim.metric === metric?.id).length;
      expect(group.count).toBe(`${stored} claim${stored === 1 ? '' : 's'}`);
    }
    expect(manager.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of manager.rows) {
      const claim = seedPack.claims.find((each) => each.id === row.claimId);
      expect(claim, `the stored claim of row "${row.quote}"`).toBeDefined();
      if (!claim) continue;
      expect(row.claimant.startsWith(claim.claimant?.label ?? 'no claimant named')).toBe(true);
      expect(row.outlet).toBe(`reported by ${carrierOf(claim.sourceId)}`);
      expect(row.quote).toBe(claim.quote.replace(/\s+/g, ' ').trim());
    }
  });

  it('takes the article of another tab into "Add an article" and lists its figures', async () => {
    const article = await firefox.openTab();
    await article.navigate(demo.pageUrl(ARTICLE_FILE));
    await article.waitFor(markedTexts, [FIGURE_PRIORITY], { timeoutMs: MARKS_TIMEOUT_MS, what: 'the marks' });
    // The popup's manager link carries the tab's id; here the manager finds it as the popup would.
    await tab.navigate(firefox.extensionUrl('options.html'));
    const tabId = await tab.waitFor(coverageTabId, [], { timeoutMs: 5_000, what: 'the article tab' });
    await tab.navigate(firefox.extensionUrl(`options.html?tab=${tabId}`));
    await tab.waitFor(clickByText, ['[role="tab"]', 'Add an article'], { what: 'the section' });
    await tab.waitFor(clickByText, ['button', 'Use the article in the tab you came from'], {
      what: 'the button',
    });
    const form = await tab.waitFor(tabArticleForm, [], { timeoutMs: 10_000, what: 'the figure review' });
    await tab.screenshot(`firefox-${name}-tab-article`);
    expect(form.text).toContain('Armenia says it shot down two Azerbaijani helicopters');
    expect(form.text).not.toContain('Most read');
    expect(form.source.url).toBe(demo.pageUrl(ARTICLE_FILE));
    expect(form.source.outlet).toBe('127.0.0.1');
    expect(form.legends.some((legend) => /two Azerbaijani helicopters/.test(legend))).toBe(true);
    await article.close();
  });

  it('imports a pack file chosen in the manager: its preview, then its claims (runtime messaging)', async () => {
    // Firefox's background is a page, not a service worker: the file's text goes by runtime
    // messaging, where Chromium posts it to the worker.
    const first = seedPack.sources[0];
    if (!first) throw new Error('the seed has no source');
    const source = { ...first, id: `ff-import-${name}`, kind: 'import' as const };
    const claims = seedPack.claims
      .filter((claim) => claim.sourceId === first.id)
      .slice(0, 2)
      .map((claim, i) => ({ ...claim, id: `ff-import-${name}-${i}`, sourceId: source.id }));
    const pack = { ...seedPack, sources: [source], claims, documents: [] };
    await tab.navigate(firefox.extensionUrl('options.html#transfer'));
    await tab.waitFor(chooseImportFile, ['pack.json', JSON.stringify(pack)], { what: 'the file input' });
    const heading = await tab.waitFor(importPreviewHeading, [], { timeoutMs: 10_000, what: 'the preview' });
    expect(heading).toBe('What importing “pack.json” would change');
    await tab.waitFor(clickByText, ['button', 'Import'], { what: 'the Import button' });
    const ended = await tab.waitFor(importEndedLine, [], { timeoutMs: 15_000, what: 'the import' });
    expect(ended).toMatch(/^Imported “pack\.json”: 2 claims added, 0 updated/);
    await tab.navigate(firefox.extensionUrl('options.html'));
    const manager = await tab.waitFor(managerState, [], { timeoutMs: 10_000, what: 'the claim list' });
    expect(manager.countLine).toBe(`Showing ${seedPack.claims.length + 2} claims.`);
  });

  it('sent nothing beyond 127.0.0.1 in all of the above', () => {
    expect(firefox.outsideRequests()).toEqual([]);
  });
});

/** Waits for a tab that was not open before to reach an address starting with `prefix`. */
async function waitForNewTab(
  firefox: FirefoxSession,
  before: Set<string>,
  prefix: string,
  timeoutMs = 10_000,
): Promise<{ context: string; url: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await firefox.tabs()).find(
      (each) => !before.has(each.context) && each.url.startsWith(prefix),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no new tab at ${prefix} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
