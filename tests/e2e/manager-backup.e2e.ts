/**
 * Backups and large imports in real Chromium, through the manager's own buttons and file input
 * (issue 13, items 4, 5 and 10): a full disk refuses an import and a saved claim with nothing
 * changed; a coverage page opened during a large import gets its marks while the import runs;
 * 100,000 claims export, reset and import back to the same store.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { claimPackGenerator } from '../bench/extension/claim-packs';
import { saveScreenshot, useChromiumSuite, waitForMarks } from './harness';
import { bigPacks } from './manager-packs';

const suite = useChromiumSuite({ viewport: { width: 1280, height: 1000 } });
const downloads = mkdtempSync(path.join(tmpdir(), 'crosstally-backup-'));

/** Asks the background from an extension page, as the manager does. */
function ask<T>(page: Page, request: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (message) => {
    const reply = (await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage(message)) as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!reply.ok) throw new Error(reply.error?.message);
    return reply.data;
  }, request) as Promise<T>;
}

/**
 * The whole store as the reader could see it, condensed in the page: claim, source and text
 * counts and a SHA-256 over them sorted by id (the export's time left out).
 */
function storeFingerprint(
  page: Page,
): Promise<{ claims: number; sources: number; documents: number; sha: string }> {
  return page.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const reply = (await runtime.sendMessage({ type: 'exportPack' })) as {
      data: { claims: { id: string }[]; sources: { id: string }[]; documents?: { sourceId: string }[] };
    };
    const byId = <T>(rows: T[], key: (row: T) => string) =>
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const { claims, sources, documents = [] } = reply.data;
    const text = JSON.stringify([
      byId(claims, (c) => c.id),
      byId(sources, (s) => s.id),
      byId(documents, (d) => d.sourceId),
    ]);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    const sha = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { claims: claims.length, sources: sources.length, documents: documents.length, sha };
  });
}

async function openManager(hash = ''): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`chrome-extension://${suite.session.extensionId}/options.html${hash}`);
  await page.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
  return page;
}

/** The service worker's simulated disk (write-faults.ts), as an end-to-end test arms it. */
function armFullDisk(after: number): Promise<void> {
  return suite.session.serviceWorker.evaluate((writes) => {
    (
      globalThis as unknown as { crosstallyWriteFaults: { failWritesAfter(n: number): void } }
    ).crosstallyWriteFaults.failWritesAfter(writes);
  }, after);
}

function clearFullDisk(): Promise<void> {
  return suite.session.serviceWorker.evaluate(() => {
    (globalThis as unknown as { crosstallyWriteFaults: { clear(): void } }).crosstallyWriteFaults.clear();
  });
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#ct-import-file', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

describe('a full disk', () => {
  it('refuses an import half way and a claim saved from the manager, and nothing changes', async () => {
    const page = await openManager('#transfer');
    const before = await storeFingerprint(page);
    await chooseFile(page, 'three-thousand.json', JSON.stringify(claimPackGenerator(5).pack(0, 3_000)));
    await page.getByRole('heading', { name: /What importing “three-thousand.json” would change/ }).waitFor();
    // Some chunks land before the disk fills: the journal must undo them.
    await armFullDisk(12);
    await page.getByRole('button', { name: 'Import' }).click();
    const problem = page.locator('.ct-import-error');
    await problem.waitFor({ timeout: 60_000 });
    expect(await problem.textContent()).toMatch(
      /Nothing was imported from “three-thousand.json”.*storage full/,
    );
    await clearFullDisk();
    expect(await storeFingerprint(page)).toEqual(before);
    await saveScreenshot(page, 'manager-import-disk-full');

    await armFullDisk(0);
    const saved = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      return runtime.sendMessage({
        type: 'saveSource',
        source: {
          label: 'A page',
          outlet: null,
          url: null,
          language: 'en',
          publishedDate: null,
          kind: 'web',
        },
      });
    });
    await clearFullDisk();
    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'quota', message: expect.stringMatching(/Nothing was changed/) },
    });
    expect(await storeFingerprint(page)).toEqual(before);
  }, 120_000);
});

describe('a coverage page opened during a large import', () => {
  it('gets its marks while the import is still running', async () => {
    const manager = await openManager('#transfer');
    await chooseFile(manager, 'forty-thousand.json', JSON.stringify(claimPackGenerator(6).pack(0, 40_000)));
    await manager
      .getByRole('heading', { name: /What importing “forty-thousand.json” would change/ })
      .waitFor({
        timeout: 120_000,
      });
    await manager.getByRole('button', { name: 'Import' }).click();
    const importing = manager.getByText(/^Importing “forty-thousand.json”/);
    await importing.waitFor();
    const importStarted = Date.now();
    const article = await suite.newPage();
    const started = Date.now();
    await article.goto(suite.demo.pageUrl('seed-000.html'));
    // A generous bound: the speed target (1 s) is measured in `npm run bench`.
    const marks = await waitForMarks(article, 30_000);
    const markedAfterMs = Date.now() - started;
    expect(marks.signalled).toBe(true);
    expect(Number(marks.figures)).toBeGreaterThan(0);
    // Before issue 13 the page waited for the whole import: here the import is not done yet.
    expect(await importing.isVisible()).toBe(true);
    await manager.locator('p.ct-success').waitFor({ timeout: 300_000 });
    expect(await manager.locator('p.ct-success').textContent()).toMatch(
      /^Imported “forty-thousand.json”: 40,000 claims added/,
    );
    console.info(
      `[measure] coverage page marked ${markedAfterMs} ms after opening, during a 40,000-claim import of ${Date.now() - importStarted} ms`,
    );
  }, 420_000);
});

describe('with 100,000 claims', () => {
  it('exports everything, resets, and imports the file back to the same store', async () => {
    const page = await openManager('#storage');
    const times: string[] = [];
    let at = Date.now();
    const lap = (what: string) => {
      times.push(`${what} ${((Date.now() - at) / 1000).toFixed(1)} s`);
      at = Date.now();
    };
    await ask(page, { type: 'resetToSeed' });
    for (const text of bigPacks()) await ask(page, { type: 'importApply', text, onConflict: 'keep-mine' });
    lap('fill (5 packs)');
    const before = await storeFingerprint(page);
    expect(before.claims).toBeGreaterThanOrEqual(100_000);

    await page.reload();
    await page.getByLabel(/The claims you imported \(100,?000\)/).waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByRole('button', { name: 'Export everything first' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crosstally-store-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    lap('export');

    await page.getByLabel(/The claims you imported/).uncheck();
    await page.getByRole('button', { name: 'Reset to the seed…' }).click();
    await page
      .getByRole('region', { name: 'Reset the store?' })
      .getByRole('button', { name: 'Reset now' })
      .click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'bundled seed again' }).count(), {
        timeout: 120_000,
      })
      .toBe(1);
    expect((await storeFingerprint(page)).claims).toBeLessThan(100);
    lap('reset');

    await page.goto(`chrome-extension://${suite.session.extensionId}/options.html#transfer`);
    await page.setInputFiles('#ct-import-file', file);
    const summary = page.getByRole('heading', {
      name: /What importing “crosstally-store-.*\.json\.gz” would change/,
    });
    await summary.waitFor({ timeout: 300_000 });
    lap('read, upload and preview');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('p.ct-success').waitFor({ timeout: 600_000 });
    lap('import');
    expect(await page.locator('p.ct-success').textContent()).toMatch(/100,000 claims added/);
    console.info(`[measure] 100,000-claim backup round trip in Chromium: ${times.join('; ')}`);
    expect(await storeFingerprint(page)).toEqual(before);
    rmSync(downloads, { recursive: true, force: true });
  }, 1_200_000);
});
