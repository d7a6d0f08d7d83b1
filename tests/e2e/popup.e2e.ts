/**
 * The toolbar popup against a real tab: it shows the tab's status and figures, a figure chosen in
 * it opens that figure's overlay in the page, and the site switch turns marking off and on (also
 * across reloads). The popup page is opened in a tab beside the article, which is made the active
 * tab before the popup loads, as it is when the toolbar button is clicked.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightedTexts, waitForOverlay } from './content-probes';
import { saveScreenshot, useChromiumSuite, waitForMarks } from './harness';

const suite = useChromiumSuite();
const newPage = () => suite.newPage();

const popupFor = (article: Page) => suite.popupFor(article);

/** How many figures are marked, read from our highlight; undefined while none is registered. */
async function markCount(page: Page): Promise<number | undefined> {
  return (await highlightedTexts(page))?.length;
}

describe('the toolbar popup', () => {
  it("lists the tab's figures, and a chosen one opens its overlay in the page", async () => {
    const article = await newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    const marks = await waitForMarks(article, 10_000);
    const popup = await popupFor(article);
    expect(await popup.locator('.ct-status').getAttribute('data-status')).toBe('coverage');
    const figures = popup.getByRole('list', { name: 'Figures on this page' }).getByRole('button');
    expect(await figures.count()).toBe(Number(marks.figures));
    await saveScreenshot(popup, 'popup-coverage');
    // The manager link carries the tab's id, so "Add an article" can take this tab's article.
    expect(await popup.getByRole('link', { name: 'Open the store manager' }).getAttribute('href')).toMatch(
      new RegExp(`^chrome-extension://${suite.session.extensionId}/options\\.html\\?tab=\\d+$`),
    );

    const four = figures.filter({ hasText: /four .*helicopters/ });
    await four.click();
    const cdp = await suite.session.context.newCDPSession(article);
    const overlay = await waitForOverlay(cdp);
    expect(overlay?.pageLine).toMatch(/^This page: 4, claimed by Nagorno-Karabakh Defence Ministry/);
    expect(await highlightedTexts(article, 'active')).toEqual([
      expect.stringMatching(/^four .*helicopters$/),
    ]);
  });

  it('says why a page about another war is left alone', async () => {
    const article = await newPage();
    await article.goto(suite.demo.pageUrl('other-war.html'));
    const popup = await popupFor(article);
    expect(await popup.locator('.ct-status').getAttribute('data-status')).toBe('not-coverage');
    expect(await popup.locator('.ct-status-line').textContent()).toMatch(/^Not Nagorno-Karabakh coverage/);
    expect(await popup.getByRole('list', { name: 'Figures on this page' }).count()).toBe(0);
  });

  it('turns marking off for the site at once and after a reload, and back on', async () => {
    const article = await newPage();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    const marked = Number((await waitForMarks(article, 10_000)).figures);
    const popup = await popupFor(article);
    const toggle = popup.getByRole('switch', { name: /Mark figures on 127\.0\.0\.1/ });
    expect(await toggle.isChecked()).toBe(true);

    await toggle.uncheck();
    await expect.poll(() => markCount(article)).toBeUndefined();
    expect(await highlightedTexts(article)).toBeNull();
    expect(await popup.locator('.ct-status').getAttribute('data-status')).toBe('disabled');

    await article.reload();
    await article.waitForTimeout(1_500);
    expect(await markCount(article)).toBeUndefined();
    expect(await highlightedTexts(article)).toBeNull();

    const again = await popupFor(article);
    expect(await again.locator('.ct-status').getAttribute('data-status')).toBe('disabled');
    await again.getByRole('switch', { name: /Mark figures on 127\.0\.0\.1/ }).check();
    await expect.poll(() => markCount(article), { timeout: 10_000 }).toBe(marked);
    await expect.poll(() => again.locator('.ct-status').getAttribute('data-status')).toBe('coverage');
  });
});
