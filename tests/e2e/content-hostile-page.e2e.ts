/**
 * Pages that work against Crosstally: one firing WXT's context-invalidation event (the extension
 * id of a store install is public) to switch it off, one swallowing clicks in its own capture
 * listeners, and what any page can read to learn that Crosstally is installed. The page's scripts
 * are real inline scripts in <head>, run before anything else of the page, as a site would ship them.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectText, sendCheck } from './check-probes';
import { highlightedTexts, markPoint, waitForOverlay } from './content-probes';
import { useChromiumSuite, waitForMarks } from './harness';

const suite = useChromiumSuite();
const MARKS_TIMEOUT_MS = 10_000;
const LATER_PARAGRAPH =
  "Armenia's defence ministry later said two more Azerbaijani helicopters were shot down.";

/** Opens a demo page served with `script` as the first thing in its <head>. */
async function openWithPageScript(file: string, script: string): Promise<Page> {
  const page = await suite.newPage();
  const url = suite.demo.pageUrl(file);
  const html = await (await fetch(url)).text();
  if (!html.includes('<head>')) throw new Error(`${file} has no <head> to put the page's script in`);
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html.replace('<head>', `<head><script>${script}</script>`),
    }),
  );
  await page.goto(url);
  return page;
}

/** WXT's event that ends its content script context, fired from the page every 50 ms. */
function forgedInvalidation(extensionId: string): string {
  const type = JSON.stringify(`${extensionId}:content:wxt:content-script-started`);
  return `(() => {
    const fire = () => {
      document.dispatchEvent(new CustomEvent(${type}, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type: ${type}, contentScriptName: 'content', messageId: 'forged' }, '*');
    };
    fire();
    window.forgedEvents = setInterval(fire, 50);
  })();`;
}

describe('a page firing WXT’s context-invalidation event', () => {
  it('cannot switch Crosstally off: marks stay, later text is marked, the popup and checks answer', async () => {
    const page = await openWithPageScript('seed-000.html', forgedInvalidation(suite.session.extensionId));
    const first = Number((await waitForMarks(page, MARKS_TIMEOUT_MS)).figures);
    expect(first).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page)).toHaveLength(first);

    await page.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.querySelector('.story-body')?.append(paragraph);
    }, LATER_PARAGRAPH);
    await expect
      .poll(async () => (await highlightedTexts(page))?.length, { timeout: MARKS_TIMEOUT_MS })
      .toBe(first + 1);

    const popup = await suite.popupFor(page);
    expect(await popup.locator('.ct-status').getAttribute('data-status')).toBe('coverage');
    await popup.close();

    await selectText(page, 'two more Azerbaijani helicopters');
    expect(await sendCheck(page, suite.session.serviceWorker)).toEqual({ answer: 'figure' });

    // Fired from the page's first script on every load, the event does no better after a reload.
    await page.reload();
    expect(Number((await waitForMarks(page, MARKS_TIMEOUT_MS)).figures)).toBe(first);
  });
});

describe('a page that swallows clicks in its capture listeners', () => {
  const SWALLOW = `(() => {
    window.pageClicks = [];
    window.addEventListener('click', (event) => {
      window.pageClicks.push({ tag: event.target.localName, defaultPrevented: event.defaultPrevented });
      event.stopImmediatePropagation();
    }, true);
    document.addEventListener('click', (event) => event.stopPropagation(), true);
  })();`;
  const pageClicks = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { pageClicks: { tag: string; defaultPrevented: boolean }[] }).pageClicks,
    );

  it('still opens a mark’s overlay on a click, and leaves every click to the page', async () => {
    const page = await openWithPageScript('seed-000.html', SWALLOW);
    await waitForMarks(page, MARKS_TIMEOUT_MS);
    const cdp = await suite.session.context.newCDPSession(page);

    const point = await markPoint(page, /^four .*helicopters$/);
    await page.mouse.click(point.x, point.y);
    const overlay = await waitForOverlay(cdp);
    expect(overlay?.pageLine).toMatch(/^This page: 4, claimed by Nagorno-Karabakh Defence Ministry/);
    await page.keyboard.press('Escape');
    await waitForOverlay(cdp, false);

    // A click on plain text is the page's alone: no overlay, and the page's handler got it as sent.
    const plain = await page.locator('.sidebar h2').boundingBox();
    if (!plain) throw new Error('no sidebar heading');
    await page.mouse.click(plain.x + 10, plain.y + plain.height / 2);
    await page.waitForTimeout(300);
    expect(await waitForOverlay(cdp, false)).toBeNull();
    expect(await pageClicks(page)).toEqual([
      { tag: expect.any(String), defaultPrevented: false },
      { tag: 'h2', defaultPrevented: false },
    ]);
  });
});

describe('what a page can read', () => {
  it('finds no attribute, element or known highlight name of Crosstally on a marked page', async () => {
    const page = await openWithPageScript('seed-000.html', '');
    await waitForMarks(page, MARKS_TIMEOUT_MS);
    const seen = await page.evaluate(() => ({
      rootAttributes: document.documentElement.getAttributeNames(),
      ours: [...document.querySelectorAll('*')]
        .filter(
          (element) =>
            element.localName.startsWith('crosstally') ||
            element.getAttributeNames().some((name) => name.includes('crosstally')),
        )
        .map((element) => element.localName),
      names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      knownName: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('crosstally-figure'),
    }));
    expect(seen.rootAttributes).toEqual(['lang']);
    expect(seen.ours).toEqual([]);
    expect(seen.knownName).toBe(false);
    // What remains (README "Privacy"): highlights are registered, under names that say nothing.
    expect(seen.names.length).toBe(3);
    for (const name of seen.names) expect(name).not.toMatch(/crosstally/i);

    // A second load gets other names: nothing to learn once and test for later.
    await page.reload();
    await waitForMarks(page, MARKS_TIMEOUT_MS);
    const again = await page.evaluate(() => [
      ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
    ]);
    expect(again.filter((name) => seen.names.includes(name))).toEqual([]);
  });
});
