/**
 * The manager's import progress bar in real Chromium: a large pack shows how far the import is,
 * and Cancel stops it with the store exactly as before (counts and every record).
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { claimPackGenerator } from '../bench/extension/claim-packs';
import { saveScreenshot, useChromiumSuite } from './harness';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });

/** Claim, source and text counts and a SHA-256 over the exported store sorted by id. */
function storeFingerprint(page: Page): Promise<{ claims: number; sources: number; sha: string }> {
  return page.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const reply = (await runtime.sendMessage({ type: 'exportPack' })) as {
      data: { claims: { id: string }[]; sources: { id: string }[]; documents?: { sourceId: string }[] };
    };
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const { claims, sources } = reply.data;
    const text = JSON.stringify([byId(claims), byId(sources), reply.data.documents ?? []]);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    const sha = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { claims: claims.length, sources: sources.length, sha };
  });
}

describe('import progress', () => {
  it('shows a large import’s progress, and Cancel leaves the store as before', async () => {
    const page = await suite.newPage();
    await page.goto(`chrome-extension://${suite.session.extensionId}/options.html#transfer`);
    await page.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
    const before = await storeFingerprint(page);
    await page.setInputFiles('#ct-import-file', {
      name: 'forty-thousand.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(claimPackGenerator(9).pack(0, 40_000))),
    });
    await page
      .getByRole('heading', { name: /What importing “forty-thousand.json” would change/ })
      .waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const bar = page.getByRole('progressbar', { name: /Importing “forty-thousand.json”/ });
    await bar.waitFor({ timeout: 30_000 });
    // Records written so far, of the pack's total, as the background reports them.
    await expect
      .poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0);
    const total = Number(await bar.getAttribute('max'));
    expect(total).toBeGreaterThan(40_000);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(total);
    expect(await page.getByText(/Importing “forty-thousand.json”: [\d,]+ of [\d,]+ records/).count()).toBe(1);
    await saveScreenshot(page, 'manager-import-progress');

    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page
      .getByText('Import of “forty-thousand.json” cancelled: nothing was changed.')
      .waitFor({ timeout: 120_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await storeFingerprint(page)).toEqual(before);
    await saveScreenshot(page, 'manager-import-cancelled');
  }, 300_000);
});
