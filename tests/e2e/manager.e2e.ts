/**
 * The store manager (the options page) in real Chromium with the built extension: browse the
 * seed claims grouped by metric, filter, edit, delete and undo, add an article, import a bad file
 * (nothing changes), export, reset to the seed; then a 100,000-claim store, measured.
 * Needs `npx wxt build` first (`npm run test:e2e` does it). Screenshots go to tests/e2e/artifacts/.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClaimPackText } from '../../utils/store/claim-pack/validate';
import { CHROME_EXTENSION_DIR, type ExtensionSession, launchWithExtension, saveScreenshot } from './harness';
import { askFromPage } from './harness/ask';
import { bigPacks } from './manager-packs';

/** The bundled seed: 33 claims from 5 documents. */
const SEED_CLAIMS = 33;

let session: ExtensionSession;
let page: Page;
const pageErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  session = await launchWithExtension({
    extensionDir: CHROME_EXTENSION_DIR,
    headless: true,
    viewport: { width: 1280, height: 1000 },
  });
  session.context.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) outsideRequests.push(request.url());
  });
  page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await session?.close();
});

const managerUrl = (hash = '') => `chrome-extension://${session.extensionId}/options.html${hash}`;

/** Asks the background from the manager page, as the page itself does. */
function ask<T>(request: Record<string, unknown>): Promise<T> {
  return askFromPage<T>(page, request);
}

async function storeCount(): Promise<number> {
  return (await ask<{ claims: number }>({ type: 'counts' })).claims;
}

async function open(hash = ''): Promise<void> {
  await page.goto(managerUrl(hash));
  await page.getByRole('heading', { name: 'Crosstally store manager' }).waitFor();
}

const resultCount = () => page.locator('.ct-result-count');
const claimLines = () => page.locator('.ct-claim-line');

describe('the store manager', () => {
  it('opens as the options page, in a tab', async () => {
    const manifest = JSON.parse(await readFile(`${CHROME_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
      options_ui?: { page: string; open_in_tab: boolean };
    };
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('lists the seed claims grouped by metric, with the spread of each metric', async () => {
    await open();
    await expect.poll(() => resultCount().textContent()).toBe(`Showing ${SEED_CLAIMS} claims.`);
    const headers = await page.locator('.ct-group-header h3').allTextContents();
    expect(headers[0]).toBe('Helicopters shot down');
    expect(new Set(headers).size).toBe(headers.length);
    await expect.poll(() => page.locator('.ct-spread').count()).toBeGreaterThan(3);
    const heliChart = page.getByRole('img', { name: /^helicopters shot down, \d+ claims\./ });
    expect(await heliChart.getAttribute('aria-label')).toMatch(/\(Armenia\): 2 \(\d+ reports?\)/);
    // Rows carry who claims (party in words) apart from who reported.
    expect(await claimLines().first().textContent()).toMatch(/reported by /);
    await saveScreenshot(page, 'manager-browse', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(27, 30, 35)');
    await saveScreenshot(page, 'manager-browse-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it("filters by claimant's side and keeps the filter in the address", async () => {
    await open();
    await page.getByLabel("Claimant's side").selectOption('AZ');
    await expect.poll(() => resultCount().textContent()).toMatch(/^Showing \d+ claims? of 33\.$/);
    const lines = await claimLines().allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/Azerbaijan/);
    expect(page.url()).toMatch(/#claims\?party=AZ$/);
    await saveScreenshot(page, 'manager-filter');
  });

  it('edits a claim, then undoes the edit', async () => {
    await open('#claims?metric=helicopters_downed');
    await expect.poll(() => claimLines().count()).toBeGreaterThan(1);
    const first = page.locator('.ct-claim-row').first();
    const before = await first.locator('.ct-claim-value').textContent();
    await first.getByRole('button', { name: /^Edit:/ }).click();
    const editor = page.getByRole('region', { name: 'Edit claim' });
    await editor.getByLabel('Value').fill('many');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => editor.locator('.ct-field-error').textContent()).toMatch(/^Value: /);
    await editor.getByLabel('Value').fill('99');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('.ct-claim-value').allTextContents()).toContain('99');
    await saveScreenshot(page, 'manager-edit');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.ct-claim-value').allTextContents()).not.toContain('99');
    expect(await page.locator('.ct-claim-value').first().textContent()).toBe(before);
  });

  it('deletes without asking, and undo brings the claim back', async () => {
    await open();
    await expect.poll(() => resultCount().textContent()).toBe('Showing 33 claims.');
    await page
      .getByRole('button', { name: /^Delete:/ })
      .first()
      .click();
    await expect.poll(() => resultCount().textContent()).toBe('Showing 32 claims.');
    expect(await storeCount()).toBe(32);
    const toast = page.locator('.ct-toast');
    expect(await toast.textContent()).toMatch(/^Deleted /);
    await saveScreenshot(page, 'manager-delete-undo');
    await page.keyboard.press('Control+z');
    await expect.poll(() => resultCount().textContent()).toBe('Showing 33 claims.');
    expect(await storeCount()).toBe(33);
  });

  it('adds a pasted article: the engine finds its figures, the reader corrects one and saves', async () => {
    await open('#add');
    const text = [
      "Armenia's defence ministry said on Tuesday that its forces had shot down three Azerbaijani helicopters near Hadrut.",
      'Azerbaijan denied it. Nagorno-Karabakh officials said 12 civilians had been killed in Stepanakert.',
    ].join('\n');
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Find figures' }).click();
    await page.getByRole('heading', { name: /figures found: check each/ }).waitFor();
    const heli = page
      .locator('fieldset.ct-review')
      .filter({ has: page.locator('legend', { hasText: 'helicopters' }) });
    await heli.getByLabel('Value').fill('4');
    const fields = page.locator('h3:has-text("Where the article comes from") + div');
    await fields.getByLabel('Title').fill('Hadrut report, pasted');
    await fields.getByLabel('Outlet').fill('Pasted Post');
    await fields.getByLabel('Published').fill('2020-10-06');
    await saveScreenshot(page, 'manager-add-article', { fullPage: true });
    await page.getByRole('button', { name: /^Save the article and 2 figures$/ }).click();
    const saved = page.locator('p.ct-success');
    await expect.poll(() => saved.textContent()).toMatch(/^Saved “Hadrut report, pasted” with 2 figures/);
    expect(await storeCount()).toBe(35);
    const reader = await saved
      .getByRole('link', { name: 'Read it with its figures marked' })
      .getAttribute('href');
    const readerPage = await session.context.newPage();
    await readerPage.goto(reader ?? '');
    await expect
      .poll(() => readerPage.locator('body').textContent())
      .toContain('three Azerbaijani helicopters near Hadrut');
    await readerPage.close();
  });

  it('opens a seed document in the reader from the sources list', async () => {
    await open('#sources');
    const link = page.getByRole('link', { name: /^Open English repost of a wire report.* in the reader/ });
    const href = await link.getAttribute('href');
    expect(href).toBe(
      `chrome-extension://${session.extensionId}/reader.html?source=000_cc26506134296cb8.txt`,
    );
    const reader = await session.context.newPage();
    await reader.goto(href ?? '');
    await expect
      .poll(() => reader.locator('body').textContent())
      .toContain('Armenia says it shot down two Azerbaijani helicopters');
    await reader.close();
  });

  it('previews a bad import file (picked or dropped), lists its errors with paths, and changes nothing', async () => {
    await open('#transfer');
    const before = await ask<unknown>({ type: 'exportPack' });
    const bad = {
      format: 'crosstally-claim-pack',
      version: 1,
      createdAt: 1,
      sources: [
        {
          id: 's1',
          label: 'x',
          outlet: null,
          url: 'javascript:alert(1)',
          language: 'en',
          publishedDate: null,
        },
      ],
      claims: [{ id: 'c1', metric: 'helicopters_downed', value: 'two' }],
    };
    await page.setInputFiles('#ct-import-file', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problem = page.locator('.ct-import-error');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/^Nothing was imported from “bad.json”/);
    const issues = await problem.locator('li').allTextContents();
    expect(issues).toContain('sources[0].url: expected an http(s) URL');
    expect(issues.some((issue) => issue.startsWith('claims[0].value: '))).toBe(true);
    await saveScreenshot(page, 'manager-import-bad');
    // The same by drag and drop, with a file that is not JSON at all.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['not json {'], 'dropped.json', { type: 'application/json' }));
      document
        .querySelector('.ct-dropzone')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => problem.textContent())
      .toMatch(/^Nothing was imported from “dropped.json”.*not JSON/);
    const after = await ask<unknown>({ type: 'exportPack' });
    const withoutTime = (pack: unknown) => ({ ...(pack as object), createdAt: 0 });
    expect(withoutTime(after)).toEqual(withoutTime(before));
  });

  it("posts a file's text to its own service worker, which answers only that request", async () => {
    await open('#transfer');
    const before = await storeCount();
    // As the manager's client posts it (extension-page-requests.ts): no runtime messaging.
    const replies = (await page.evaluate(`(async () => {
      const worker = (await navigator.serviceWorker.getRegistration()).active;
      const replies = [];
      for (const request of [
        { type: 'importUpload', uploadId: 'e2e-posted', index: 0, count: 1, text: '{"a": 1}' },
        { type: 'resetToSeed' },
        { type: 'counts' },
      ]) {
        const channel = new MessageChannel();
        replies.push(await new Promise((resolve) => {
          channel.port1.onmessage = (event) => resolve(event.data);
          worker.postMessage(request, [channel.port2]);
        }));
      }
      return { scriptURL: worker.scriptURL, replies };
    })()`)) as { scriptURL: string; replies: { ok: boolean; data?: unknown; error?: { code: string } }[] };
    expect(replies.scriptURL).toBe(`chrome-extension://${session.extensionId}/background.js`);
    expect(replies.replies[0]).toEqual({ ok: true, data: { chars: 8 } });
    for (const refused of replies.replies.slice(1)) expect(refused.error?.code).toBe('forbidden');
    // The text arrived: the preview reads it, and says it is not a claim pack.
    const preview = await page.evaluate(
      `chrome.runtime.sendMessage({ type: 'importPreview', uploadId: 'e2e-posted' })`,
    );
    expect(preview).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
    expect(await storeCount()).toBe(before);
  });

  it('takes a file chosen after the service worker stopped: the post wakes it', async () => {
    await open('#transfer');
    const pack = await ask<unknown>({ type: 'exportPack' });
    // A reader who waits long enough finds the worker stopped (MV3 stops it when idle).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await page.setInputFiles('#ct-import-file', {
      name: 'after-a-pause.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await page.getByRole('heading', { name: 'What importing “after-a-pause.json” would change' }).waitFor();
    await cdp.detach();
    await page.locator('.ct-import-preview').getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports the whole store as a valid claim pack and the filtered view as CSV', async () => {
    await open('#transfer?party=NK');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download claim pack (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^crosstally-store-\d{4}-\d{2}-\d{2}\.json$/);
    const pack = parseClaimPackText(await readFile((await json.path()) as string, 'utf8'));
    expect(pack.claims).toHaveLength(await storeCount());
    await page.getByLabel(/The claims the filters show/).check();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const rows = (await readFile((await csv.path()) as string, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toMatch(/^claim_id,metric,metric_label,value,/);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toContain(',NK,');
    await saveScreenshot(page, 'manager-export');
  });

  it('resets to the seed after confirming, keeping the claims the reader added', async () => {
    await ask({
      type: 'deleteClaims',
      ids: [(await ask<{ ids: string[] }>({ type: 'listClaimIds', query: { origin: 'seed' } })).ids[0]],
    });
    await open('#storage');
    expect(await storeCount()).toBe(34);
    await page.getByLabel(/The claims you added \(2\)/).waitFor();
    await page.getByRole('button', { name: 'Reset to the seed…' }).click();
    const confirm = page.getByRole('region', { name: 'Reset the store?' });
    expect(await confirm.textContent()).toMatch(/2 claims of yours will be kept/);
    await saveScreenshot(page, 'manager-reset-confirm');
    await confirm.getByRole('button', { name: 'Reset now' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'bundled seed again' }).count())
      .toBe(1);
    expect(await storeCount()).toBe(SEED_CLAIMS + 2);
    const usage = await page.locator('label[for="ct-usage-meter"]').textContent();
    expect(usage).toMatch(/^Uses [\d.]+ (bytes|kB|MB) of the [\d.]+ (MB|GB|TB) the browser allows/);
  });

  it('made no requests outside the extension and threw no page errors', () => {
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/**
 * Times, inside the page, from an action to the moment a condition holds (checked every frame),
 * so the number is the page's and not the test runner's polling.
 */
async function timeInPage(action: string, condition: string, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(
    async ({ action, condition, timeoutMs }) => {
      const holds = new Function(`return (${condition});`) as () => boolean;
      const started = performance.now();
      new Function(action)();
      while (!holds()) {
        if (performance.now() - started > timeoutMs)
          throw new Error(`still not true after ${timeoutMs} ms: ${condition}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return Math.round(performance.now() - started);
    },
    { action, condition, timeoutMs },
  );
}

const countText = "(document.querySelector('.ct-result-count')?.textContent ?? '')";

describe('with 100,000 claims', () => {
  it('stays responsive: renders only the rows on screen and filters through the background', async () => {
    await open();
    // Not `counts`: it scans three indexes with cursors, which takes most of a minute at this size.
    let total = (await ask<{ total: number }>({ type: 'claimFacets' })).total;
    const importStarted = Date.now();
    for (const text of bigPacks()) {
      const result = await ask<{ claims: { added: number } }>({
        type: 'importApply',
        text,
        onConflict: 'keep-mine',
      });
      expect(result.claims.added).toBeGreaterThan(0);
      total += result.claims.added;
    }
    const importMs = Date.now() - importStarted;
    expect(total).toBeGreaterThanOrEqual(100_000);
    const shown = `Showing ${total.toLocaleString('en')} claims.`;

    // First open after the import: the background builds its view of the store (cold).
    await page.goto(managerUrl());
    const coldMs = await timeInPage(
      '',
      `${countText} === ${JSON.stringify(shown)} && !!document.querySelector('.ct-claim-line')`,
    );
    // Reopened: the view is cached until the next write.
    await page.reload();
    const warmMs = await timeInPage(
      '',
      `${countText} === ${JSON.stringify(shown)} && !!document.querySelector('.ct-claim-line')`,
    );
    const domRows = await page.locator('li.ct-vrow').count();
    expect(domRows).toBeLessThan(40);

    const scrollMs = await timeInPage(
      "const s = document.querySelector('.ct-vlist'); s.scrollTop = s.scrollHeight / 2;",
      "[...document.querySelectorAll('li.ct-vrow')].some((row) => Number(row.dataset.row) > 40000 && row.querySelector('.ct-claim-line'))",
    );
    expect(await page.locator('li.ct-vrow').count()).toBeLessThan(40);
    await saveScreenshot(page, 'manager-100k-middle');

    const filterMs = await timeInPage(
      "const s = document.getElementById('ct-filter-party'); s.value = 'NK'; s.dispatchEvent(new Event('change', { bubbles: true }));",
      `/^Showing [\\d,]+ claims of /.test(${countText})`,
    );
    const searchMs = await timeInPage(
      "const i = document.getElementById('ct-filter-text'); i.value = 'Shusha'; i.dispatchEvent(new Event('input', { bubbles: true }));",
      `location.hash.includes('q=Shusha') && /^Showing [\\d,]+ claims? of /.test(${countText})`,
    );
    const narrowed = await resultCount().textContent();

    // A delete (a write) and its undo: the list stays usable while the background rebuilds its view.
    const deleteMs = await timeInPage(
      "document.querySelector('.ct-claim-row button.ct-danger').click();",
      `/^Deleted /.test(document.querySelector('.ct-toast')?.textContent ?? '') && !/Updating/.test(${countText})`,
    );
    const undoMs = await timeInPage(
      "document.querySelector('.ct-toast-undo').click();",
      `/^Undone: /.test(document.querySelector('.ct-toast')?.textContent ?? '') && ${countText} === ${JSON.stringify(narrowed)}`,
    );
    await saveScreenshot(page, 'manager-100k-filtered');

    console.info(
      `[measure] ${total.toLocaleString('en')} claims in Chromium: import ${importMs} ms (5 packs); ` +
        `open to first rows ${coldMs} ms cold, ${warmMs} ms warm (${domRows} rows in the DOM); ` +
        `scroll to the middle ${scrollMs} ms; filter by side ${filterMs} ms; search ${searchMs} ms (250 ms of it the typing pause); ` +
        `delete to list refreshed ${deleteMs} ms; undo ${undoMs} ms`,
    );
  }, 420_000);
});
