/**
 * An extension reload or update orphans the content scripts already running in open tabs. Their
 * marks must not linger: the orphan notices when the reader comes back to the tab and removes
 * every highlight. Its own file, because it reloads the extension.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { describe, expect, it } from 'vitest';
import { highlightedTexts } from './content-probes';
import { useChromiumSuite, waitForMarks } from './harness';

declare const chrome: { runtime: { reload(): void } };

const suite = useChromiumSuite();

describe('after the extension is reloaded', () => {
  it('removes the orphaned marks once the reader returns to the tab', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.demo.pageUrl('seed-000.html'));
    expect((await waitForMarks(page, 10_000)).signalled).toBe(true);
    expect((await highlightedTexts(page))?.length).toBeGreaterThan(0);

    await suite.session.serviceWorker.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 50);
    });
    await page.waitForTimeout(1_000);
    // Coming back to the tab: the browser fires focus on its window.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => highlightedTexts(page)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('crosstally-overlay, crosstally-live-region').count()).toBe(0);
  });
});
