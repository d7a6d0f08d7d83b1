/**
 * Pack import rate in real Chromium against a peer build, in the same run:
 * `npx tsx tests/bench/import-rate.bench.ts` after `wxt build`, with BENCH_PEER_EXTENSION_DIR set
 * to another build of the extension (e.g. the commit before a store change, built elsewhere).
 *
 * Each browser gets the same generated 10,000-claim packs through the product's path (importApply
 * from an extension page: messaging, validation, the import's chunks in the service worker, real
 * IndexedDB), alternating pack by pack so both see the same machine load. Timed in the page around
 * sendMessage. BENCH_CLAIMS (default 100,000) claims per browser.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR } from '../../utils/node/demo/paths';
import { launchExtensionBrowser } from './extension/browsers';
import { claimPackGenerator } from './extension/claim-packs';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const BATCH = 10_000;
const OURS = path.resolve(process.env.BENCH_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);
const PEER = process.env.BENCH_PEER_EXTENSION_DIR;

async function importMs(page: Page, text: string): Promise<number> {
  return page.evaluate(async (packText) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const started = performance.now();
    const reply = (await runtime.sendMessage({
      type: 'importApply',
      text: packText,
      onConflict: 'keep-mine',
    })) as {
      ok: boolean;
      error?: { message: string };
    };
    if (!reply.ok) throw new Error(reply.error?.message);
    return performance.now() - started;
  }, text);
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
    for (let from = 0; from < CLAIMS; from += BATCH) {
      const text = JSON.stringify(generate.pack(from, Math.min(BATCH, CLAIMS - from)));
      for (const [i, page] of pages.entries()) {
        const ms = await importMs(page, text);
        times[i]?.push(ms);
        console.error(
          `[bench] ${builds[i]?.name}: claims ${from}–${from + BATCH}: ${(ms / 1000).toFixed(1)} s`,
        );
      }
    }
    const rates = times.map((list) => CLAIMS / (list.reduce((sum, ms) => sum + ms, 0) / 1000));
    console.log(
      `Import of ${CLAIMS.toLocaleString('en')} claims in ${BATCH.toLocaleString('en')}-claim packs, real Chromium:`,
    );
    for (const [i, build] of builds.entries()) {
      const last = times[i]?.at(-1) ?? Number.NaN;
      console.log(
        `  ${build.name.padEnd(11)} ${Math.round(rates[i] ?? 0).toLocaleString('en')} claims/s (last pack ${(BATCH / (last / 1000)).toFixed(0)} claims/s)`,
      );
    }
    console.log(
      `  ratio this/peer: ${((rates[0] ?? 0) / (rates[1] ?? 1)).toFixed(2)}x (target 10,000 claims/s)`,
    );
  } finally {
    for (const session of sessions) await session.close();
  }
}

await main();
