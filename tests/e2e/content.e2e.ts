/**
 * The content script in real Chromium with the built extension: it marks figures on coverage
 * pages (and only there), its overlay shows the other seed outlets with their values and
 * claimants, it follows articles inserted after load, survives hostile CSS, leaves the page's DOM
 * alone, and works from the keyboard. Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import {
  computedStyle,
  dialogNodeId,
  distinctHighlightPositions,
  highlightedTexts,
  liveAnnouncements,
  markPoint,
  nodeBox,
  overlaySnapshot,
  pageStatuses,
  recordedTabMessages,
  recordTabMessages,
  waitForOverlay,
} from './content-probes';
import {
  CHROME_EXTENSION_DIR,
  type ExtensionSession,
  firstMarkPoint,
  launchWithExtension,
  REPO_ROOT,
  type ServedDemoSite,
  STRICT_CSP_QUERY,
  saveScreenshot,
  serveDemoSite,
  waitForMarks,
} from './harness';

const seedPack = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'assets/seed-claims.json'), 'utf8'),
) as ClaimPack;
const MARKS_TIMEOUT_MS = 10_000;

let session: ExtensionSession;
let demo: ServedDemoSite;
const openPages: Page[] = [];

beforeAll(async () => {
  demo = await serveDemoSite();
  session = await launchWithExtension({ extensionDir: CHROME_EXTENSION_DIR, headless: true });
  await recordTabMessages(session.serviceWorker);
});

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

afterAll(async () => {
  await session?.close();
  await demo?.close();
});

/** Opens a demo page and, unless told otherwise, waits for the content script's count of marks. */
async function open(
  file: string,
  options: { waitForMarks?: boolean } = {},
): Promise<{ page: Page; cdp: CDPSession; signalledAfterMs: number }> {
  const page = await session.context.newPage();
  openPages.push(page);
  const started = Date.now();
  await page.goto(demo.pageUrl(file));
  if (options.waitForMarks ?? true) await waitForMarks(page, MARKS_TIMEOUT_MS);
  const signalledAfterMs = Date.now() - started;
  return { page, cdp: await session.context.newCDPSession(page), signalledAfterMs };
}

/** How many figures are marked, read from our highlight (NaN while none is registered). */
async function markCount(page: Page): Promise<number> {
  return (await highlightedTexts(page))?.length ?? Number.NaN;
}

function seedHelicopterClaims() {
  return seedPack.claims.filter((claim) => claim.metric === 'helicopters_downed');
}

describe('marking a seed article page', () => {
  it('paints every figure with stored reports as a highlight, without touching the article', async () => {
    const { page, signalledAfterMs } = await open('seed-000.html');
    const count = await markCount(page);
    expect(count).toBeGreaterThan(0);
    const texts = await highlightedTexts(page);
    expect(texts).toHaveLength(count);
    // Every mark is a figure: a number word or digits and a counted noun of the topic.
    for (const text of texts ?? []) expect(text).toMatch(/^(\S+ )+?(\S+ )*(helicopters?|tanks?|drones?)$/i);
    expect(texts?.some((text) => /helicopters/.test(text))).toBe(true);
    expect(await page.locator('article mark, article [data-crosstally-mark]').count()).toBe(0);
    console.info(`seed-000: ${count} marks, signalled ${signalledAfterMs} ms after navigation started`);
    await saveScreenshot(page, 'content-seed-marks');
  });
});

describe('the overlay of a helicopters figure', () => {
  it('lists every other seed report by value, with claimants and outlets kept apart', async () => {
    const { page, cdp } = await open('seed-000.html');
    const point = await markPoint(page, /^four .*helicopters$/);
    await page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(cdp);
    if (!overlay) throw new Error('no overlay');
    await saveScreenshot(page, 'content-overlay-helicopters');

    expect(overlay.name).toMatch(/helicopters shot down/);
    expect(overlay.pageLine).toMatch(/^This page: 4, claimed by Nagorno-Karabakh Defence Ministry/);
    expect(overlay.summary).toMatch(/: 1, 2, 4$/);
    expect(overlay.groups.map((group) => group.heading)).toEqual(['1 differs', '2 differs', '4 agrees']);

    // Every stored helicopter claim of the other sources shows up under its value, with its
    // claimant and its source; this page is seed 000 itself, so its own reports are not listed.
    const sourceLabel = new Map(seedPack.sources.map((source) => [source.id, source.label]));
    const pageSource = '000_cc26506134296cb8.txt';
    const allLinks = overlay.groups.flatMap((group) => group.links.map((link) => link.name));
    expect(allLinks).not.toContain(sourceLabel.get(pageSource));
    for (const claim of seedHelicopterClaims().filter((each) => each.sourceId !== pageSource)) {
      const group = overlay.groups.find((each) => each.heading.startsWith(`${claim.value} `));
      expect(group, `group ${claim.value}`).toBeDefined();
      expect(group?.text).toContain(claim.claimant?.label ?? 'no claimant named');
      expect(group?.links.map((link) => link.name)).toContain(sourceLabel.get(claim.sourceId));
    }
    const groupOf = (value: number) =>
      overlay.groups.find((each) => each.heading.startsWith(`${value} `))?.text;
    expect(groupOf(1)).toContain("Azerbaijan's Ministry of Defence");
    expect(groupOf(2)).toContain("Armenia's Ministry of Defence");
    expect(groupOf(4)).toContain('Nagorno-Karabakh Defence Ministry');
    expect(groupOf(4)).not.toContain("Azerbaijan's Ministry of Defence");
  });

  it('opens a seed report in the reader page, scrolled to its passage and highlighted', async () => {
    const { page, cdp } = await open('seed-000.html');
    const point = await markPoint(page, /^four .*helicopters$/);
    await page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(cdp);
    const claim = seedHelicopterClaims().find((each) => each.value === 1);
    const label = seedPack.sources.find((source) => source.id === claim?.sourceId)?.label;
    const link = overlay?.groups.flatMap((group) => group.links).find((each) => each.name === label);
    if (!claim || !link?.backendNodeId) throw new Error('no link to the report of value 1');

    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: link.backendNodeId });
    const box = await nodeBox(cdp, link.backendNodeId);
    const readerOpened = session.context.waitForEvent('page', { timeout: 10_000 });
    await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    const reader = await readerOpened;
    openPages.push(reader);
    expect(reader.url()).toMatch(
      new RegExp(`^chrome-extension://${session.extensionId}/reader\\.html\\?source=.+&claim=.+`),
    );
    const passage = reader.locator('#passage');
    await passage.waitFor({ state: 'visible', timeout: 10_000 });
    // The passage is the claim's sentence, with the figure inside it, in view and focused.
    const sentence = await passage.evaluate((element) => element.closest('p')?.textContent ?? '');
    expect(sentence).toContain(claim.quote);
    expect(await reader.locator('#passage mark, .reader-passage mark').first().textContent()).toBe(
      claim.quote.slice(claim.quoteFigureStart, claim.quoteFigureEnd),
    );
    expect(await passage.evaluate((element) => element === document.activeElement)).toBe(true);
    const inView = await passage.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await saveScreenshot(reader, 'content-reader-passage');
  });
});

describe('a page about another war', () => {
  it('gets no marks and sends nothing to the background', async () => {
    const { page } = await open('other-war.html', { waitForMarks: false });
    // The content script has read the page and decided: it says so to the popup's question.
    await expect
      .poll(async () => JSON.stringify(await pageStatuses(session.serviceWorker)), { timeout: 10_000 })
      .toContain('"kind":"not-coverage"');
    const text = await page.locator('article').textContent();
    expect(text).toMatch(/helicopters/);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await highlightedTexts(page)).toBeNull();
    expect(await page.locator('crosstally-overlay, crosstally-live-region').count()).toBe(0);
    const fromThisPage = (await recordedTabMessages(session.serviceWorker)).filter((message) =>
      message.url.endsWith('other-war.html'),
    );
    expect(fromThisPage).toEqual([]);
    await saveScreenshot(page, 'content-other-war-unmarked');
  });
});

describe('the on-demand part of the content script', () => {
  /** Opens `file` recording every URL the tab requests, the extension's own files included. */
  async function openRecording(file: string): Promise<{ page: Page; requested: string[] }> {
    const page = await session.context.newPage();
    openPages.push(page);
    const cdp = await session.context.newCDPSession(page);
    const requested: string[] = [];
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) =>
      requested.push(event.request.url),
    );
    await cdp.send('Network.enable');
    await page.goto(demo.pageUrl(file));
    return { page, requested };
  }
  const pageWorkLoads = (urls: string[]) =>
    urls.filter((url) => /^chrome-extension:\/\/[^/]+\/page-work\.js$/.test(url));

  it('is never loaded on a page that is not coverage', async () => {
    const { requested } = await openRecording('other-war.html');
    await expect
      .poll(async () => JSON.stringify(await pageStatuses(session.serviceWorker)), { timeout: 10_000 })
      .toContain('"kind":"not-coverage"');
    expect(requested.some((url) => url.endsWith('other-war.html'))).toBe(true);
    expect(pageWorkLoads(requested)).toEqual([]);
  });

  it('is loaded on a coverage page, under the strictest Content-Security-Policy too', async () => {
    const plain = await openRecording('seed-000.html');
    await waitForMarks(plain.page, MARKS_TIMEOUT_MS);
    expect(pageWorkLoads(plain.requested).length).toBeGreaterThan(0);
    const plainTexts = await highlightedTexts(plain.page);

    const strict = await openRecording(`seed-000.html?${STRICT_CSP_QUERY}`);
    await waitForMarks(strict.page, MARKS_TIMEOUT_MS);
    expect(await highlightedTexts(strict.page)).toEqual(plainTexts);
    const point = await markPoint(strict.page, /^four .*helicopters$/);
    await strict.page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(await session.context.newCDPSession(strict.page));
    expect(overlay?.summary).toMatch(/: 1, 2, 4$/);
  });
});

describe('an article inserted after load', () => {
  it('gets marked, and further changes never double a mark', async () => {
    const { page } = await open('late-article.html');
    await page.waitForFunction(() => document.documentElement.dataset.demoArticleInserted === 'true');
    await expect.poll(() => markCount(page), { timeout: MARKS_TIMEOUT_MS }).toBeGreaterThan(0);
    const first = await markCount(page);
    expect(await distinctHighlightPositions(page)).toEqual({ size: first, distinct: first });

    // The page's own scripts change it twice more: a new paragraph with a figure, then a re-render
    // of the headline. The new figure is marked once; nothing else is doubled.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent =
        "Armenia's defence ministry later said two more Azerbaijani helicopters were shot down.";
      document.querySelector('.story-body')?.append(paragraph);
    });
    await expect.poll(() => markCount(page), { timeout: MARKS_TIMEOUT_MS }).toBe(first + 1);
    await page.evaluate(() => {
      const headline = document.querySelector('h1');
      if (headline) headline.textContent = `${headline.textContent}`;
      document.querySelector('.sidebar')?.append(document.createElement('p'));
    });
    await page.waitForTimeout(1_500);
    expect(await markCount(page)).toBe(first + 1);
    expect(await distinctHighlightPositions(page)).toEqual({ size: first + 1, distinct: first + 1 });
    await saveScreenshot(page, 'content-late-article');
  });
});

describe('a page with hostile CSS', () => {
  it('still shows a readable overlay above everything', async () => {
    const { page, cdp } = await open('hostile-css.html');
    expect(await markCount(page)).toBeGreaterThan(0);
    const point = await firstMarkPoint(page);
    if (!point) throw new Error('no mark to click');
    await page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(cdp);
    expect(overlay?.groups.length).toBeGreaterThan(0);
    const dialog = await dialogNodeId(cdp);
    if (dialog === undefined) throw new Error('no dialog node');
    const style = await computedStyle(cdp, dialog);
    expect(Number.parseFloat(style['font-size'] ?? '0')).toBeGreaterThanOrEqual(12);
    expect(style['text-transform']).toBe('none');
    expect(style.opacity).toBe('1');
    expect(style['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    const box = await nodeBox(cdp, dialog);
    expect(box.width).toBeGreaterThan(200);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: box.y + 20,
    });
    expect(onTop).toBe('crosstally-overlay');
    await saveScreenshot(page, 'content-hostile-css-overlay');
  });
});

describe("the page's own scripts", () => {
  it('see no change to the article and no layout shift, through marking and an overlay', async () => {
    const page = await session.context.newPage();
    openPages.push(page);
    await page.addInitScript(() => {
      const seen: { target: string; type: string; inArticle: boolean; added: string[] }[] = [];
      const shifts: number[] = [];
      (window as unknown as { pageSaw: unknown }).pageSaw = { mutations: seen, shifts };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target as Element;
            seen.push({
              target: target.nodeName,
              type: record.type === 'attributes' ? `attribute ${record.attributeName}` : record.type,
              inArticle: Boolean((target.nodeType === 1 ? target : target.parentElement)?.closest('article')),
              added: [...record.addedNodes].map((node) => node.nodeName.toLowerCase()),
            });
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto(demo.pageUrl('seed-001-part-2.html'));
    expect((await waitForMarks(page, MARKS_TIMEOUT_MS)).signalled).toBe(true);
    // Marked, and the page saw no change at all: no attribute, no element (README "Privacy").
    expect(
      await page.evaluate(
        () => (window as unknown as { pageSaw: { mutations: unknown[] } }).pageSaw.mutations,
      ),
    ).toEqual([]);
    const cdp = await session.context.newCDPSession(page);
    const point = await firstMarkPoint(page);
    if (!point) throw new Error('no mark');
    await page.mouse.click(point.x, point.y);
    await waitForOverlay(cdp);
    await page.keyboard.press('Escape');
    await waitForOverlay(cdp, false);

    const saw = (await page.evaluate(() => (window as unknown as { pageSaw: unknown }).pageSaw)) as {
      mutations: { target: string; type: string; inArticle: boolean; added: string[] }[];
      shifts: number[];
    };
    expect(saw.mutations.filter((mutation) => mutation.inArticle)).toEqual([]);
    // All the page can see once the reader opened an overlay: our own elements added to <html>.
    for (const mutation of saw.mutations) {
      expect(mutation.target).toBe('HTML');
      expect(mutation.type).toBe('childList');
      for (const added of mutation.added) expect(added).toMatch(/^crosstally-/);
    }
    expect(saw.shifts.reduce((sum, shift) => sum + shift, 0)).toBe(0);
  });
});

describe('the keyboard path', () => {
  it('steps to a figure with Alt+Shift+N, opens it with Enter, closes with Esc and gives focus back', async () => {
    const { page, cdp } = await open('seed-000.html');
    const texts = (await highlightedTexts(page)) ?? [];
    expect(texts.length).toBeGreaterThan(1);
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await highlightedTexts(page, 'active')).toEqual([texts[0]]);
    await expect.poll(() => liveAnnouncements(cdp)).toEqual([expect.stringMatching(/^Figure 1 of \d+: /)]);

    await page.keyboard.press('Enter');
    const overlay = await waitForOverlay(cdp);
    expect(overlay?.groups.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crosstally-overlay');
    await saveScreenshot(page, 'content-keyboard-overlay');

    await page.keyboard.press('Escape');
    await waitForOverlay(cdp, false);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await highlightedTexts(page, 'active')).toEqual([texts[1]]);
    await page.keyboard.press('Alt+Shift+KeyP');
    expect(await highlightedTexts(page, 'active')).toEqual([texts[0]]);
    expect(await overlaySnapshot(cdp)).toBeNull();
  });
});
