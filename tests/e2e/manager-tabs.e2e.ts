/**
 * Two store manager tabs (options.html) on one store, in real Chromium with the built extension:
 * a tab opened before another tab's change cannot silently undo it, open tabs follow the store's
 * changes, and undo does not bring back what another tab deleted (issue 13, item 3).
 * Needs `npx wxt build` first (`npm run test:e2e` does it). Screenshots go to tests/e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, type ExtensionSession, launchWithExtension, saveScreenshot } from './harness';
import { askFromPage } from './harness/ask';

/** The bundled seed: 33 claims. */
const SEED_CLAIMS = 33;
/** The seed's "one of its helicopters": value 1, claimed by Azerbaijan's Ministry of Defence. */
const ONE_HELICOPTER = '002_7fabe44fccccf8fc.txt#helicopters_downed@523';
const EDIT_ONE_HELICOPTER = /^Edit: 1 .*Azerbaijan's Ministry of Defence/;
const DELETE_ONE_HELICOPTER = /^Delete: 1 .*Azerbaijan's Ministry of Defence/;

let session: ExtensionSession;
let tabA: Page;
let tabB: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await launchWithExtension({
    extensionDir: CHROME_EXTENSION_DIR,
    headless: true,
    viewport: { width: 1280, height: 1000 },
  });
  tabA = await session.context.newPage();
  tabB = await session.context.newPage();
  for (const tab of [tabA, tabB]) tab.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await session?.close();
});

/** Asks the background from a manager tab, as the page itself does. */
const ask = askFromPage;

interface StoredClaim {
  claim: { value: number | null; note?: string };
  version: number;
}

const storedClaim = (id: string) => ask<StoredClaim | null>(tabA, { type: 'getClaim', id });
const storeCount = async () => (await ask<{ claims: number }>(tabA, { type: 'counts' })).claims;
const toast = (page: Page) => page.locator('.ct-toast span');
const resultCount = (page: Page) => page.locator('.ct-result-count');
const headerCount = (page: Page) => page.locator('.ct-header p');

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`chrome-extension://${session.extensionId}/options.html${hash}`);
  await page.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
  await expect.poll(() => page.locator('.ct-claim-row').count()).toBeGreaterThan(0);
}

async function openEditor(page: Page) {
  await page.bringToFront();
  await page.getByRole('button', { name: EDIT_ONE_HELICOPTER }).click();
  return page.getByRole('region', { name: 'Edit claim' });
}

beforeEach(async () => {
  await open(tabA, '#claims');
  await ask(tabA, { type: 'resetToSeed' });
  pageErrors.length = 0;
});

describe('two manager tabs', () => {
  it("refuse a save over the other tab's change, and keep both changes after a reload", async () => {
    await open(tabA, '#claims?metric=helicopters_downed');
    await open(tabB, '#claims?metric=helicopters_downed');
    const editorB = await openEditor(tabB);
    // Tab A sets the value 1 → 4.
    const editorA = await openEditor(tabA);
    await editorA.getByLabel('Value').fill('4');
    await editorA.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => toast(tabA).textContent()).toMatch(/^Saved your changes to “4 /);
    expect(await storedClaim(ONE_HELICOPTER)).toMatchObject({ claim: { value: 4 }, version: 2 });

    // Tab B, opened before, edits only the note and saves.
    await tabB.bringToFront();
    await editorB.getByLabel('Note').fill('checked against the ministry');
    await editorB.getByRole('button', { name: 'Save changes' }).click();
    const conflict = tabB.getByRole('alert', { name: /^Not saved: this claim was changed/ });
    await conflict.waitFor();
    expect(await conflict.locator('.ct-conflict-theirs li').allTextContents()).toEqual(['Value: “1” → “4”']);
    expect(await tabB.locator('.ct-toast').count()).toBe(0);
    expect((await storedClaim(ONE_HELICOPTER))?.claim).toMatchObject({ value: 4 });
    await saveScreenshot(tabB, 'manager-tabs-conflict');

    await conflict.getByRole('button', { name: 'Reload the claim' }).click();
    expect(await editorB.getByLabel('Value').inputValue()).toBe('4');
    expect(await editorB.getByLabel('Note').inputValue()).toBe('checked against the ministry');
    await editorB.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => toast(tabB).textContent()).toMatch(/^Saved your changes to “4 /);
    expect(await storedClaim(ONE_HELICOPTER)).toMatchObject({
      claim: { value: 4, note: 'checked against the ministry' },
      version: 3,
    });
    expect(pageErrors).toEqual([]);
  });

  it("follow each other's deletes: counts and lists are never stale", async () => {
    await open(tabA, '#claims');
    await open(tabB, '#claims');
    for (const tab of [tabA, tabB]) {
      await expect.poll(() => resultCount(tab).textContent()).toBe(`Showing ${SEED_CLAIMS} claims.`);
    }
    await tabB.bringToFront();
    await tabB.getByRole('button', { name: DELETE_ONE_HELICOPTER }).click();
    await expect.poll(() => storeCount()).toBe(SEED_CLAIMS - 1);
    // Tab A was not touched: it follows the store by itself.
    await expect.poll(() => resultCount(tabA).textContent()).toBe(`Showing ${SEED_CLAIMS - 1} claims.`);
    expect(await headerCount(tabA).textContent()).toMatch(new RegExp(`^${SEED_CLAIMS - 1} claims in `));
    expect(await tabA.getByRole('button', { name: EDIT_ONE_HELICOPTER }).count()).toBe(0);
    // And back, when tab B undoes it.
    await tabB.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => resultCount(tabA).textContent()).toBe(`Showing ${SEED_CLAIMS} claims.`);
    expect(pageErrors).toEqual([]);
  });

  it('undo does not bring back a claim the other tab deleted, and says so', async () => {
    await open(tabA, '#claims?metric=helicopters_downed');
    await open(tabB, '#claims?metric=helicopters_downed');
    const editorA = await openEditor(tabA);
    await editorA.getByLabel('Value').fill('7');
    await editorA.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => toast(tabA).textContent()).toMatch(/^Saved your changes/);
    // Tab B's list followed the edit; it deletes the claim.
    const deleteB = tabB.getByRole('button', { name: /^Delete: 7 .*Azerbaijan's Ministry of Defence/ });
    await tabB.bringToFront();
    await deleteB.waitFor();
    await deleteB.click();
    await expect.poll(() => storeCount()).toBe(SEED_CLAIMS - 1);

    await tabA.bringToFront();
    await tabA.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => toast(tabA).textContent())
      .toBe('Not undone: the claim was deleted in another tab or window. Nothing was changed.');
    expect(await storedClaim(ONE_HELICOPTER)).toBeNull();
    expect(await storeCount()).toBe(SEED_CLAIMS - 1);
    expect(await tabA.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await saveScreenshot(tabA, 'manager-tabs-undo-refused');
    expect(pageErrors).toEqual([]);
  });
});
