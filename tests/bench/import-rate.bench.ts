/**
 * Pack import rate in real Chromium against a peer build, in the same run:
 * `npx tsx tests/bench/import-rate.bench.ts` after `wxt build`, with BENCH_PEER_EXTENSION_DIR set
 * to another build of the extension (e.g. the commit before a store change, built elsewhere).
 *
 * Each browser gets the same generated 10,000-claim packs through the manager's path, alternating
 * pack by pack so both see the same machine load: the file's text sent in parts and previewed
 * (messaging, parsing, validation, the preview's reads), then imported (importApply by upload id:
 * the import's chunks in the service worker, real IndexedDB). The import rate is the import's, the
 * step the reader confirms and watches the progress bar of; the rate from the file counts the
 * upload and the preview too. Timed in the page around sendMessage. BENCH_CLAIMS (default
 * 100,000) claims per browser.
 *
 * The floor, after each pack in the same run: the same claim rows added with the bare IndexedDB
 * API (no index, no other table, no messaging or parsing timed), FLOOR_ROWS_PER_TRANSACTION per
 * transaction, in this build's extension page. No import can write its claims faster than that on
 * this machine; the ratio to it says how much of the import is the store's own work.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR } from '../../utils/node/demo/paths';
import { launchExtensionBrowser } from './extension/browsers';
import { claimPackGenerator } from './extension/claim-packs';
import { importPackTimed } from './extension/import-pack';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
/**
 * Milliseconds each browser's page waits before each of its imports (default none: back to back).
 * Waiting lets the manager's refresh after the last import, the other browser's too, and
 * IndexedDB's compaction end outside the timed import, as when a reader imports files one by one.
 */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 0);
/** Claims per pack: BENCH_PACK_CLAIMS=100000 imports one 100,000-claim file (sent in parts). */
const BATCH = Number(process.env.BENCH_PACK_CLAIMS ?? 10_000);
const OURS = path.resolve(process.env.BENCH_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);
const PEER = process.env.BENCH_PEER_EXTENSION_DIR;
const FLOOR_ROWS_PER_TRANSACTION = 1_000;

/** Adds the pack's claim rows to an object store without indexes (it grows as the store does); the milliseconds. */
async function floorMs(page: Page, text: string): Promise<number> {
  return page.evaluate(
    async ({ packText, name, perTransaction }) => {
      const rows = (JSON.parse(packText) as { claims: { id: string }[] }).claims.map((claim) => ({
        ...claim,
        version: 1,
        wordBatch: 1,
      }));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('claims', { keyPath: 'id' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      for (let at = 0; at < rows.length; at += perTransaction) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('claims', 'readwrite');
          const store = tx.objectStore('claims');
          for (const row of rows.slice(at, at + perTransaction)) store.add(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      const took = performance.now() - started;
      db.close();
      return took;
    },
    { packText: text, name: 'crosstally-bench-floor', perTransaction: FLOOR_ROWS_PER_TRANSACTION },
  );
}

async function main(): Promise<void> {
  if (!PEER) throw new Error('Set BENCH_PEER_EXTENSION_DIR to the peer build (its .output/chrome-mv3)');
  const builds = [
    { name: 'this build', dir: OURS },
    { name: 'peer build', dir: path.resolve(PEER) },
  ];
  const sessions = await Promise.all(builds.map((build) => launchExtensionBrowser(build.dir)));
  try {
    const pages = await Promise.all(
      sessions.map(async (session) => {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${session.extensionId}/options.html`);
        return page;
      }),
    );
    const generate = claimPackGenerator();
    const times = builds.map(() => [] as number[]);
    const previews = builds.map(() => [] as number[]);
    const floor: number[] = [];
    for (let from = 0; from < CLAIMS; from += BATCH) {
      const text = JSON.stringify(generate.pack(from, Math.min(BATCH, CLAIMS - from)));
      for (const [i, page] of pages.entries()) {
        if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
        const { ms, previewMs } = await importPackTimed(page, text);
        times[i]?.push(ms);
        previews[i]?.push(previewMs);
        console.error(
          `[bench] ${builds[i]?.name}: claims ${from}–${from + BATCH}: import ${(ms / 1000).toFixed(2)} s (upload and preview ${(previewMs / 1000).toFixed(2)} s)`,
        );
      }
      const bare = await floorMs(pages[0] as Page, text);
      floor.push(bare);
      console.error(
        `[bench] floor (bare add): claims ${from}–${from + BATCH}: ${(bare / 1000).toFixed(1)} s`,
      );
    }
    const sum = (list: number[] = []) => list.reduce((total, ms) => total + ms, 0);
    const rates = times.map((list) => CLAIMS / (sum(list) / 1000));
    const fileRates = times.map((list, i) => CLAIMS / ((sum(list) + sum(previews[i])) / 1000));
    console.log(
      `Import of ${CLAIMS.toLocaleString('en')} claims in ${BATCH.toLocaleString('en')}-claim packs, real Chromium${SETTLE_MS > 0 ? `, ${SETTLE_MS} ms settled before each` : ', back to back'}:`,
    );
    for (const [i, build] of builds.entries()) {
      const last = times[i]?.at(-1) ?? Number.NaN;
      console.log(
        `  ${build.name.padEnd(11)} ${Math.round(rates[i] ?? 0).toLocaleString('en')} claims/s import (last pack ${(BATCH / (last / 1000)).toFixed(0)} claims/s); ${Math.round(fileRates[i] ?? 0).toLocaleString('en')} claims/s from the file (upload, preview and import)`,
      );
    }
    const floorRate = CLAIMS / (floor.reduce((sum, ms) => sum + ms, 0) / 1000);
    console.log(
      `  floor       ${Math.round(floorRate).toLocaleString('en')} claims/s (the same rows added with no index, bare IndexedDB)`,
    );
    console.log(
      `  ratio this/peer: ${((rates[0] ?? 0) / (rates[1] ?? 1)).toFixed(2)}x import, ${((fileRates[0] ?? 0) / (fileRates[1] ?? 1)).toFixed(2)}x from the file; this/floor: ${((rates[0] ?? 0) / floorRate).toFixed(2)}x (target 10,000 claims/s)`,
    );
  } finally {
    for (const session of sessions) await session.close();
  }
}

await main();
