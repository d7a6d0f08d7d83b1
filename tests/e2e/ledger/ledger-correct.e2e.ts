/**
 * Correcting a read figure from the overlay in real Chromium with the built extension (issue 16):
 * with the ledger on, the first outlet's article is kept; on the second outlet's page the reader
 * corrects the first outlet's figure (7 → 8) in the overlay; the correction is what the overlay
 * lists after a reload, and after the first article is read again (still saying 7).
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, waitForMarks } from '../harness';
import { useLedgerPages } from './ledger-pages';
import { FIRST, SECOND } from './ledger-site';
import { clickButton, focusedName, spokenText } from './overlay-probes';

const { openArticle, openOverlay } = useLedgerPages();

/** The outlets listed under the overlay's value group starting with `value`. */
async function outletsOf(page: Page, cdp: CDPSession, value: number): Promise<string[]> {
  const overlay = await openOverlay(page, cdp, SECOND);
  const group = overlay.groups.find((each) => each.heading.startsWith(`${value} `));
  return group?.links.map((link) => link.name) ?? [];
}

describe('correcting a read figure in the overlay', () => {
  it('keeps the reader’s correction after a reload and after the page is read again', async () => {
    const first = await openArticle(FIRST, '127.0.0.1');
    await openOverlay(first.page, first.cdp, FIRST);
    await clickButton(first.page, first.cdp, 'Keep them');
    await expect
      .poll(() => spokenText(first.cdp))
      .toContain('now keeps the figures of coverage pages you read');

    const second = await openArticle(SECOND, 'localhost');
    await expect
      .poll(() => outletsOf(second.page, second.cdp, FIRST.value), { timeout: 10_000 })
      .toContain(FIRST.outlet);
    await clickButton(second.page, second.cdp, `Correct this figure of ${FIRST.outlet}`);
    // The form takes focus on its number (7): the reader types the right one and presses Enter.
    await expect.poll(() => focusedName(second.cdp)).toBe('Correct figure');
    await second.page.keyboard.press('End');
    await second.page.keyboard.press('Backspace');
    await second.page.keyboard.type('8');
    await second.page.keyboard.press('Enter');
    // The overlay asks for its reports again: the outlet's figure now stands under 8.
    await expect.poll(() => spokenText(second.cdp), { timeout: 10_000 }).toMatch(/\b8 differs\b/);
    // Focus stays in the overlay (its host, from the page's side of the closed shadow root).
    expect(await second.page.evaluate(() => document.activeElement?.localName)).toBe('crosstally-overlay');
    await saveScreenshot(second.page, 'ledger-corrected');

    // The first outlet's article read again still says 7; the overlay keeps the reader's 8.
    const again = await openArticle(FIRST, '127.0.0.1');
    await again.page.close();
    await second.page.reload();
    await waitForMarks(second.page, 10_000);
    expect(await outletsOf(second.page, second.cdp, 8)).toContain(FIRST.outlet);
    expect(await outletsOf(second.page, second.cdp, FIRST.value)).not.toContain(FIRST.outlet);
  });
});
