/**
 * `npm run bench:extension` (after `wxt build`): the extension measured in real Chromium, printed
 * as a markdown table and written to bench-results/extension-bench.json.
 *
 * 1. main-thread time of the content script on non-coverage pages of 50 kB and 1 MB;
 * 2. load → marks on a seed article ×1, ×10, ×100, and the growth exponent;
 * 3. our highlighting step against mark.js on the same spans of the same page;
 * 4. overlay open latency; 5. claim-store latency with 100,000 claims in real IndexedDB;
 * 6. gzipped bundle sizes; 7. memory after 100 single-page navigations against after one;
 * 8. a page's marks while a 20,000-claim import runs, against the same page with no import.
 * How each is measured: tests/bench/extension/report.ts (METHODS) and each module's comment.
 *
 * Environment: BENCH_EXTENSION_DIR (default .output/chrome-mv3), BENCH_ONLY=1,3,6 (a subset),
 * BENCH_RUNS (repetitions, default 5), BENCH_CLAIMS (default 100000), BENCH_NAVIGATIONS (100),
 * BENCH_OUTPUT (the JSON file). `--print` prints the table of the last JSON again, measuring nothing.
 * Timings are medians; nothing here asserts a timing, targets are reported as met or not.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, REPO_ROOT } from '../../utils/node/demo/paths';
import { serveBenchSite } from './extension/bench-site';
import { extensionScriptPrefix, launchExtensionBrowser, launchPlainBrowser } from './extension/browsers';
import { measureBundleSizes } from './extension/bundle-sizes';
import { measureMarksDuringImport } from './extension/import-marks';
import { chromiumVersion, machineInfo } from './extension/machine';
import { measureMainThread, type PeerBrowser } from './extension/main-thread';
import { measureMarkingTime, timeMarksOnce } from './extension/marking-time';
import { measureMemory } from './extension/memory';
import { writePeerExtensions } from './extension/minimal-extension';
import { measureOverlayLatency } from './extension/overlay-latency';
import { type BenchReport, METHODS, renderMarkdown } from './extension/report';
import { measureStoreLatency } from './extension/store-latency';
import { compareWithMarkJs } from './peer-highlighter/compare';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EXTENSION_DIR = path.resolve(process.env.BENCH_EXTENSION_DIR ?? CHROME_EXTENSION_DIR);
const RUNS = env('BENCH_RUNS', 5);
const CLAIMS = env('BENCH_CLAIMS', 100_000);
const NAVIGATIONS = env('BENCH_NAVIGATIONS', 100);
/** Claims per import in measurement 8 (the 20,000). */
const IMPORT_CLAIMS = env('BENCH_IMPORT_CLAIMS', 20_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8').split(',').map((each) => each.trim()));
const NON_COVERAGE_CHARS = [50 * 1024, 1024 * 1024];
const SEED_REPEATS = [1, 10, 100];
/** Highlighting compared at the article's size and at 100 times it. */
const PEER_REPEATS = [1, 100];
const OUTPUT = path.resolve(
  process.env.BENCH_OUTPUT ?? path.join(REPO_ROOT, 'bench-results/extension-bench.json'),
);

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const report: BenchReport = {
    date: new Date().toISOString(),
    chromium: '',
    machine: machineInfo(),
    extensionDir: path.relative(REPO_ROOT, EXTENSION_DIR),
    durationSeconds: 0,
    errors: [],
    methods: METHODS,
  };
  const attempt = async (measurement: string, run: () => Promise<void>) => {
    if (!ONLY.has(measurement.charAt(0))) return;
    const at = Date.now();
    log(`${measurement}…`);
    try {
      await run();
    } catch (error) {
      report.errors.push({ measurement, message: error instanceof Error ? error.message : String(error) });
      log(`${measurement} failed: ${String(error)}`);
    }
    log(`${measurement} took ${((Date.now() - at) / 1000).toFixed(0)} s`);
  };

  await attempt('6 bundle sizes', async () => {
    report.bundles = measureBundleSizes(EXTENSION_DIR);
  });

  const site = await serveBenchSite({ nonCoverageChars: NON_COVERAGE_CHARS, seedRepeats: SEED_REPEATS });
  const extension = await launchExtensionBrowser(EXTENSION_DIR);
  const plain = await launchPlainBrowser();
  try {
    report.chromium = await chromiumVersion(plain.context);
    const origin = extensionScriptPrefix(extension);
    // Warm-up: the store is seeded on install; the first page waits for it, measured ones must not.
    await timeMarksOnce(extension.context, site.seedUrl(1));

    await attempt('1 main thread on non-coverage pages', async () => {
      report.mainThread = [];
      const peerExtensions = await writePeerExtensions();
      const peers: PeerBrowser[] = [];
      const sessions: { close(): Promise<void> }[] = [];
      try {
        for (const peer of peerExtensions) {
          const session = await launchExtensionBrowser(peer.dir);
          sessions.push(session);
          peers.push({ name: peer.name, does: peer.does, context: session.context });
        }
        for (const chars of NON_COVERAGE_CHARS) {
          report.mainThread.push(
            await measureMainThread({
              extension: extension.context,
              plain: plain.context,
              origin,
              url: site.nonCoverageUrl(chars),
              chars: site.textChars[`other-news-${chars}.html`] ?? chars,
              runs: RUNS,
              baselineRuns: 2,
              peers,
            }),
          );
        }
      } finally {
        for (const session of sessions) await session.close();
        for (const peer of peerExtensions) await peer.remove();
      }
    });
    await attempt('2 load to marks', async () => {
      const pages = SEED_REPEATS.map((times) => ({
        times,
        url: site.seedUrl(times),
        chars: site.textChars[`seed-x${times}.html`] ?? 0,
      }));
      report.marking = await measureMarkingTime({ extension: extension.context, pages, runs: RUNS });
    });
    await attempt('3 highlighting against mark.js', async () => {
      report.peer = await compareWithMarkJs({
        extension: extension.context,
        plain: plain.context,
        origin,
        pages: PEER_REPEATS.map((times) => ({ times, url: site.seedUrl(times) })),
        runs: RUNS,
      });
    });
    await attempt('4 overlay latency', async () => {
      report.overlay = await measureOverlayLatency({
        extension: extension.context,
        url: site.seedUrl(1),
        origin,
        runs: 2 * RUNS,
      });
    });
    await attempt('7 memory over SPA navigations', async () => {
      report.memory = await measureMemory({
        extension: extension.context,
        plain: plain.context,
        url: site.spaUrl,
        navigations: NAVIGATIONS,
      });
    });
    // Last: filling the store changes what every later page would look up.
    await attempt('5 claim store', async () => {
      report.store = await measureStoreLatency({
        extension: extension.context,
        extensionId: extension.extensionId,
        extensionDir: EXTENSION_DIR,
        claims: CLAIMS,
        queries: 50,
      });
    });
    await attempt('8 marks during an import', async () => {
      report.importMarks = await measureMarksDuringImport({
        extension: extension.context,
        extensionId: extension.extensionId,
        url: site.seedUrl(1),
        claims: IMPORT_CLAIMS,
        runs: RUNS,
      });
    });
  } finally {
    await extension.close();
    await plain.close();
    await site.close();
  }

  report.durationSeconds = (Date.now() - started) / 1000;
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderMarkdown(report));
  log(`JSON written to ${path.relative(REPO_ROOT, OUTPUT)}`);
  if (report.errors.length > 0) process.exitCode = 1;
}

if (process.argv.includes('--print')) {
  console.log(renderMarkdown(JSON.parse(readFileSync(OUTPUT, 'utf8')) as BenchReport));
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
