/**
 * Measurement 7: memory after 100 single-page navigations compared with after one.
 *
 * The SPA page swaps two seed articles with history.pushState and replaceChildren. With the
 * extension, each navigation waits until the content script has marked the new article. After
 * navigation 1, then 50 and 100 navigations later (the same article as after navigation 1), garbage
 * is collected twice (HeapProfiler.collectGarbage) and the renderer is read through CDP:
 * Runtime.getHeapUsage (the V8 heap; it covers the page's world and the content script's
 * isolated world together: V8 does not split one isolate's heap by context) and
 * Memory.getDOMCounters (live nodes, documents, JS event listeners). The same run in Chromium
 * without the extension gives the page's own growth; the difference is the extension's. Leaked
 * ranges would hold the replaced articles' nodes alive (nodes grow); leaked listeners show in
 * jsEventListeners; leaked marks in the highlight registry's size.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { freshPage } from './browsers';

export interface MemorySnapshot {
  heapUsedBytes: number;
  nodes: number;
  documents: number;
  jsEventListeners: number;
  /** Ranges registered in CSS.highlights, all names. */
  highlightRanges: number;
}

export interface MemoryRun {
  /** Navigations after the first measurement (the last one shows the same article as the first). */
  navigations: number;
  after1: MemorySnapshot;
  /** Halfway, to tell steady growth (a leak) from one-off warm-up. */
  halfway: MemorySnapshot;
  afterAll: MemorySnapshot;
  /** afterAll minus after1. */
  heapGrowthBytes: number;
  /** Longest wait for re-marking after one navigation, ms (extension only). */
  slowestRemarkMs: number;
}

export interface MemoryResult {
  withExtension: MemoryRun;
  baseline: MemoryRun;
  /** Heap growth with the extension minus without. */
  extensionHeapGrowthBytes: number;
}

const REMARK_TIMEOUT_MS = 15_000;

async function snapshot(page: Page, cdp: CDPSession): Promise<MemorySnapshot> {
  const highlightRanges = await page.evaluate(() => {
    let total = 0;
    for (const highlight of (
      CSS as unknown as { highlights: Map<string, Set<unknown>> }
    ).highlights.values()) {
      total += highlight.size;
    }
    return total;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  return {
    heapUsedBytes: heap.usedSize,
    nodes: dom.nodes,
    documents: dom.documents,
    jsEventListeners: dom.jsEventListeners,
    highlightRanges,
  };
}

/**
 * Waits until the new article is marked: some highlight range, and every one spanning text inside
 * the article now on the page. (Ranges into a replaced article do not go stale: the DOM moves them
 * to the removal point, collapsed, outside any article.)
 */
async function waitForRemark(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const article = document.querySelector('article');
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      let ranges = 0;
      for (const highlight of registry.values()) {
        for (const range of highlight) {
          if (range.collapsed || !article?.contains(range.startContainer)) return false;
          ranges++;
        }
      }
      return ranges > 0;
    },
    null,
    { timeout: REMARK_TIMEOUT_MS, polling: 50 },
  );
}

async function run(
  context: BrowserContext,
  url: string,
  navigations: number,
  marked: boolean,
): Promise<MemoryRun> {
  const page = await freshPage(context);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  if (marked) await waitForRemark(page);
  let slowestRemarkMs = 0;
  const navigate = async () => {
    const started = Date.now();
    await page.evaluate(() => (window as unknown as { spaNavigate(): number }).spaNavigate());
    if (marked) await waitForRemark(page);
    else
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
    slowestRemarkMs = Math.max(slowestRemarkMs, Date.now() - started);
  };
  await navigate();
  const after1 = await snapshot(page, cdp);
  const half = Math.floor(navigations / 2);
  for (let i = 0; i < half; i++) await navigate();
  const halfway = await snapshot(page, cdp);
  for (let i = half; i < navigations; i++) await navigate();
  const afterAll = await snapshot(page, cdp);
  await cdp.detach().catch(() => undefined);
  await page.close();
  return {
    navigations,
    after1,
    halfway,
    afterAll,
    heapGrowthBytes: afterAll.heapUsedBytes - after1.heapUsedBytes,
    slowestRemarkMs: marked ? slowestRemarkMs : 0,
  };
}

export async function measureMemory(options: {
  extension: BrowserContext;
  plain: BrowserContext;
  url: string;
  navigations: number;
}): Promise<MemoryResult> {
  const withExtension = await run(options.extension, options.url, options.navigations, true);
  const baseline = await run(options.plain, options.url, options.navigations, false);
  return {
    withExtension,
    baseline,
    extensionHeapGrowthBytes: withExtension.heapGrowthBytes - baseline.heapGrowthBytes,
  };
}
