/**
 * Periods in the store manager, in real Chromium with the built extension: the claim list
 * narrowed to a range of days and to an era, and a metric's claims on the timeline by claimant
 * (the running totals of the demo page's claimants, from this suite's pack). Needs `npx wxt build`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useChromiumSuite } from './harness';
import { askFromPage } from './harness/ask';
import { PACK } from './periods-pack';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });

async function openManager(hash = ''): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`chrome-extension://${suite.session.extensionId}/options.html${hash}`);
  await page.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
  return page;
}

describe('periods in the store manager', () => {
  it('narrows the claim list to a range of days, then to an era, and keeps it in the address', async () => {
    const page = await openManager();
    await askFromPage(page, { type: 'importApply', text: JSON.stringify(PACK), onConflict: 'keep-mine' });
    await page.goto(
      `chrome-extension://${suite.session.extensionId}/options.html#claims?metric=soldiers_killed`,
    );
    const count = page.locator('.ct-result-count');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toMatch(/^Showing 6 claims of \d+\.$/);

    await page.getByLabel('Period counted').selectOption({ label: 'Between two days…' });
    await page.getByLabel('From', { exact: true }).fill('2020-09-27');
    await page.getByLabel('To', { exact: true }).fill('2020-09-28');
    await expect.poll(() => count.textContent()).toMatch(/^Showing 2 claims of \d+\.$/);
    const values = await page.locator('.ct-claim-line').allTextContents();
    expect(values.map((line) => line.match(/^[\d,]+/)?.[0])).toEqual(['16', '31']);
    expect(page.url()).toContain('period=range&from=2020-09-27&to=2020-09-28');
    await saveScreenshot(page, 'manager-period-range');

    await page.getByLabel('Metric', { exact: true }).selectOption('');
    await page.getByLabel('Period counted').selectOption({ label: 'April 2016 clashes (Apr 2016)' });
    await expect.poll(() => count.textContent()).toMatch(/^Showing 2 claims of \d+\.$/);
    expect(await page.getByLabel('From', { exact: true }).count()).toBe(0);
  });

  it('shows a metric’s claims on a timeline by claimant, the table reachable by keyboard', async () => {
    const page = await openManager('#timeline');
    await page.getByLabel('Metric', { exact: true }).selectOption({ label: 'soldiers killed' });
    await page.getByLabel('Whose losses').selectOption('ARM');
    const table = page.getByRole('table', { name: /Each claimant’s figures of soldiers killed/ });
    await table.waitFor({ timeout: 10_000 });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(rows.map(([claimant, , value]) => [claimant, value])).toEqual([
      ["Armenia's Ministry of Defence", '16'],
      ["Armenia's Ministry of Defence", '31'],
      ["Armenia's Ministry of Defence", '2,425'],
      ["Azerbaijan's Ministry of Defence", '3'],
      ['Nagorno-Karabakh Defence Ministry', '500'],
    ]);
    expect(rows.map(([, period]) => period)).toContain('so far, to 9 Nov 2020');
    const chart = page.getByRole('img', { name: 'Figures of soldiers killed over time, by claimant' });
    // Each claimant its own colour group; the running totals drawn as spans from 27 September.
    expect(await chart.locator('.ct-tally-line').count()).toBe(3);
    expect(await chart.locator('.ct-tally-span').count()).toBeGreaterThanOrEqual(3);
    // The table's scroll box is the next stop after the chart's controls.
    await page.getByLabel('Whose losses').focus();
    let focused = '';
    for (let tab = 0; tab < 10 && !focused.includes('ct-tally-table'); tab++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('ct-tally-table');
    await saveScreenshot(page, 'manager-timeline');
  });
});
