/**
 * The reading ledger's cost to a page in real Chromium (issue 16; bench:extension items 1 and 2
 * compared in the same run): `npx tsx tests/bench/ledger-chromium.bench.ts` after `wxt build`.
 *
 * Two Chromiums with the same build: "full" has the ledger on and 10,000 read articles
 * (100,000 read claims, written as recordReading writes them, straight into the extension's
 * IndexedDB from its options page, before any page is opened); "today" has the ledger off and
 * empty. Alternating run by run: item 1 (main-thread time of the content script, traced) on a
 * non-coverage page of 51 kB and on the seed article, and item 2 (load → marks) on the seed
 * article ×1 and ×10, and ×1 again with a new read article recorded before each page (a write
 * between pages, as reading with the ledger on makes). Ratio = full / today (medians). BENCH_RUNS (default 7), BENCH_ARTICLES,
 * BENCH_EXTENSION_DIR (another build, schema 6 or later, to compare builds).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR } from '../../utils/node/demo/paths';
import { fromStoredClaim } from '../../utils/store/db';
import { groupRowsOf } from '../../utils/store/digest-rows';
import { buildDigests, type MetricDigest } from '../../utils/store/digests';
import { serveBenchSite } from './extension/bench-site';
import { extensionScriptPrefix, launchExtensionBrowser, launchPlainBrowser } from './extension/browsers';
import { measureMainThread } from './extension/main-thread';
import { timeMarksOnce } from './extension/marking-time';
import { summarize } from './extension/stats';
import { article, ledgerRows } from './ledger-articles';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const NON_COVERAGE = 50 * 1024;
const BATCH = 10_000;
const EXTENSION_DIR = path.resolve(process.env.BENCH_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);

type Runtime = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown }> } } };

function ask(page: Page, request: object): Promise<{ ok: boolean; data?: unknown }> {
  return page.evaluate(
    (message) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage(message),
    request,
  );
}

/**
 * Puts rows into the extension's database from its own page (raw IndexedDB, one transaction).
 * Digests are merged into what the seed wrote: as group rows (schema 10 on; grouped here, as the
 * page cannot call digest-rows.ts), or, in an older build (BENCH_EXTENSION_DIR, for a peer run), as
 * bucket rows (schemas 7 to 9) or one row per metric (schema 6).
 */
function putRows(page: Page, rows: Record<string, unknown[]>, digests?: MetricDigest[]): Promise<void> {
  const groups = digests?.flatMap(groupRowsOf);
  return page.evaluate(
    async ({ rows, digests, groups }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('crosstally');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // No named helper functions in here: tsx would wrap them in a __name() the page lacks.
      const grouped = db.objectStoreNames.contains('digestGroups');
      const split = db.objectStoreNames.contains('digestBuckets');
      const digestTable = grouped ? 'digestGroups' : split ? 'digestBuckets' : 'digests';
      const tables = [...Object.keys(rows), ...(digests ? [digestTable] : [])];
      const tx = db.transaction(tables, 'readwrite');
      for (const [table, list] of Object.entries(rows)) {
        const store = tx.objectStore(table);
        for (const row of list) store.put(row);
      }
      for (const row of grouped ? (groups ?? []) : []) {
        const store = tx.objectStore('digestGroups');
        const read = store.get(row.key);
        read.onsuccess = () => {
          const old = read.result as typeof row | undefined;
          if (!old) return store.put(row);
          for (const [bucket, fields] of Object.entries(row.buckets)) {
            const was = old.buckets[bucket];
            old.buckets[bucket] = was
              ? { ...was, ids: [...was.ids, ...fields.ids], outlets: [...was.outlets, ...fields.outlets] }
              : fields;
          }
          Object.assign(old.claimants, row.claimants);
          store.put(old);
        };
      }
      for (const digest of grouped ? [] : (digests ?? [])) {
        const store = tx.objectStore(split ? 'digestBuckets' : 'digests');
        if (split) {
          for (const [bucket, fields] of Object.entries(digest.buckets)) {
            const key = `${digest.metric}|${bucket}`;
            const claimant = fields.c === null ? undefined : digest.claimants[fields.c];
            const row = { ...fields, key, metric: digest.metric, ...(claimant ? { claimant } : {}) };
            const read = store.get(key);
            read.onsuccess = () => {
              const old = read.result as typeof row | undefined;
              store.put(
                old
                  ? { ...old, ids: [...old.ids, ...row.ids], outlets: [...old.outlets, ...row.outlets] }
                  : row,
              );
            };
          }
          continue;
        }
        const read = store.get(digest.metric);
        read.onsuccess = () => {
          const old = read.result as typeof digest | undefined;
          if (!old) return store.put(digest);
          for (const [bucket, fields] of Object.entries(digest.buckets)) {
            const was = old.buckets[bucket];
            old.buckets[bucket] = was
              ? { ...was, ids: [...was.ids, ...fields.ids], outlets: [...was.outlets, ...fields.outlets] }
              : fields;
          }
          Object.assign(old.claimants, digest.claimants);
          store.put(old);
        };
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rows, digests, groups },
  );
}

async function fillLedger(page: Page): Promise<void> {
  const { sources, readings, claims, stored } = ledgerRows(ARTICLES, Date.now() - 60_000);
  await putRows(page, { sources, readings });
  const rows = stored();
  for (let from = 0; from < rows.length; from += BATCH)
    await putRows(page, { claims: rows.slice(from, from + BATCH) });
  const digests = buildDigests(rows.map(fromStoredClaim), new Map(sources.map((s) => [s.id, s])));
  await putRows(page, {}, [...digests.values()]);
  console.error(`[bench] ledger filled: ${ARTICLES} articles, ${claims.length} read claims`);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const site = await serveBenchSite({ nonCoverageChars: [NON_COVERAGE], seedRepeats: [1, 10] });
  const full = await launchExtensionBrowser(EXTENSION_DIR);
  const today = await launchExtensionBrowser(EXTENSION_DIR);
  const plain = await launchPlainBrowser();
  try {
    for (const [session, consent] of [
      [full, true],
      [today, false],
    ] as const) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      // Seeded first (the background seeds before it answers), then the reader's choice.
      const counted = await ask(page, { type: 'counts' });
      if (!counted.ok) throw new Error('the background did not answer');
      if (!(await ask(page, { type: 'updateLedgerSettings', consent })).ok)
        throw new Error('consent not set');
      if (consent) await fillLedger(page);
      await page.close();
    }
    const after = await (async () => {
      const page = await full.context.newPage();
      await page.goto(`chrome-extension://${full.extensionId}/options.html`);
      const reply = await ask(page, { type: 'counts' });
      await page.close();
      return reply.data as { claims: number; byOrigin: Record<string, number> };
    })();
    console.log(
      `Ledger full: ${after.claims.toLocaleString('en')} claims, ${after.byOrigin.read?.toLocaleString('en')} read; today: ledger off and empty. ${RUNS} runs each, alternating.\n`,
    );
    const browsers = [
      { name: 'full', context: full.context },
      { name: 'today', context: today.context },
    ];
    for (const browser of browsers) await timeMarksOnce(browser.context, site.seedUrl(1));

    console.log('Item 2, load → marks (median):');
    for (const times of [1, 10]) {
      const samples = browsers.map(() => [] as number[]);
      for (let run = 0; run < RUNS; run++)
        for (const [i, browser] of browsers.entries())
          samples[i]?.push((await timeMarksOnce(browser.context, site.seedUrl(times))).loadToMarksMs);
      const [f, t] = samples.map((list) => summarize(list).median) as [number, number];
      console.log(`  seed ×${times}: full ${ms(f)}, today ${ms(t)} → ratio ${(f / t).toFixed(2)}`);
    }

    // The reader's next article is recorded between pages (a write to the store each time): the
    // background's lookups must survive it (patched, not dropped) or the next page pays cold.
    console.log('Item 2 after a save: a new read article recorded before each page (median):');
    const askers = await Promise.all(
      [full, today].map(async (session) => {
        const page = await session.context.newPage();
        // The popup, not the manager: the manager reloads its whole view on every store change.
        await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
        return page;
      }),
    );
    const samples = browsers.map(() => [] as number[]);
    for (let run = 0; run < RUNS; run++)
      for (const [i, browser] of browsers.entries()) {
        const { page: read, figures } = article(ARTICLES + run);
        const saved = await ask(askers[i] as Page, { type: 'recordReading', page: read, figures });
        const recorded = (saved.data as { recorded?: boolean } | undefined)?.recorded;
        if (!saved.ok || recorded !== (browser.name === 'full'))
          throw new Error(`recordReading answered ${JSON.stringify(saved)}`);
        samples[i]?.push((await timeMarksOnce(browser.context, site.seedUrl(1))).loadToMarksMs);
      }
    for (const asker of askers) await asker.close();
    const [f, t] = samples.map((list) => summarize(list).median) as [number, number];
    console.log(`  seed ×1: full ${ms(f)}, today ${ms(t)} → ratio ${(f / t).toFixed(2)}`);

    console.log('Item 1, content-script main-thread time (traced; median wall / CPU):');
    for (const [label, url, chars] of [
      ['non-coverage 51 kB', site.nonCoverageUrl(NON_COVERAGE), NON_COVERAGE],
      ['seed article (coverage)', site.seedUrl(1), 0],
    ] as const) {
      const result = await measureMainThread({
        extension: full.context,
        plain: plain.context,
        origin: extensionScriptPrefix(full),
        url,
        chars,
        runs: RUNS,
        baselineRuns: 1,
        peers: [{ name: 'today', does: 'the same build, ledger off and empty', context: today.context }],
      });
      const peer = result.peers[0];
      console.log(
        `  ${label}: full ${ms(result.contentScriptMs.median)} / CPU ${ms(result.contentScriptCpuMs.median)}; today ${ms(peer?.ms.median ?? Number.NaN)} / CPU ${ms(peer?.cpuMs.median ?? Number.NaN)} → ratio ${peer?.ratio?.toFixed(2)}`,
      );
    }
  } finally {
    await full.close();
    await today.close();
    await plain.close();
    await site.close();
  }
}

await main();
