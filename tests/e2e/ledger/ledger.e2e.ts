/**
 * The reading ledger in real Chromium with the built extension: the overlay on the first coverage
 * page asks; with the ledger on, an article from one outlet is kept, and the next article's
 * overlay lists that outlet's figure ("You read this on …"); the popup says how many figures of a
 * page are in the ledger; "Forget this site" in the manager removes them and the report vanishes.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../harness';
import { useLedgerPages } from './ledger-pages';
import { FIRST, SECOND } from './ledger-site';
import { clickButton, spokenText } from './overlay-probes';

const STORAGE_TAB = 'Storage & reset';
const { suite, openArticle, openOverlay } = useLedgerPages();

async function popupLedgerLine(page: Page): Promise<string | null> {
  const popup = await suite.popupFor(page);
  const line = popup.locator('.ct-ledger-page');
  await line.waitFor({ timeout: 5_000 });
  return line.textContent();
}

describe('the reading ledger', () => {
  it('asks on the first coverage page, keeps what was read, and shows it on the next outlet’s page', async () => {
    const first = await openArticle(FIRST, '127.0.0.1');
    expect(await popupLedgerLine(first.page)).toBe('Nothing from this page is in your ledger.');
    await first.page.bringToFront();
    await openOverlay(first.page, first.cdp, FIRST);
    expect(await spokenText(first.cdp)).toContain('Keep the figures of the coverage pages you read');
    await saveScreenshot(first.page, 'ledger-consent');
    await clickButton(first.page, first.cdp, 'Keep them');
    await expect
      .poll(() => spokenText(first.cdp))
      .toContain('now keeps the figures of coverage pages you read');
    await expect
      .poll(() => popupLedgerLine(first.page), { timeout: 10_000 })
      .toBe('1 figure from this page is in your ledger.');

    // Another outlet, another site: its overlay lists the first outlet's figure as read.
    const second = await openArticle(SECOND, 'localhost');
    const overlay = await openOverlay(second.page, second.cdp, SECOND);
    await saveScreenshot(second.page, 'ledger-second-outlet');
    const group = overlay.groups.find((each) => each.heading.startsWith(`${FIRST.value} `));
    expect(group?.links.map((link) => link.name)).toContain(FIRST.outlet);
    expect(group?.text).toMatch(/You read this on \d{1,2} [A-Z][a-z]{2}/);
    // This page, kept too once read, is not "another outlet" in its own overlay.
    expect(overlay.groups.some((each) => each.heading.startsWith(`${SECOND.value} `))).toBe(false);
    // The page asked once: its question is gone on the next page.
    expect(await spokenText(second.cdp)).not.toContain('Keep the figures of the coverage pages you read');
  });

  it('"Forget this site" in the manager removes its figures, and the report vanishes from overlays', async () => {
    const manager = await suite.newPage();
    await manager.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await manager.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
    await manager.getByRole('tab', { name: STORAGE_TAB }).click();
    const panel = manager.locator('section.ct-ledger-panel');
    await panel.waitFor({ timeout: 10_000 });
    await panel.getByLabel('Site').selectOption('127.0.0.1');
    await panel.getByRole('button', { name: 'Forget this site' }).click();
    await expect.poll(() => panel.textContent()).not.toContain('127.0.0.1 (');

    const second = await openArticle(SECOND, 'localhost');
    const overlay = await openOverlay(second.page, second.cdp, SECOND);
    const links = overlay.groups.flatMap((each) => each.links.map((link) => link.name));
    expect(links).not.toContain(FIRST.outlet);
    expect(overlay.groups.some((each) => each.heading.startsWith(`${FIRST.value} `))).toBe(false);
  });
});
