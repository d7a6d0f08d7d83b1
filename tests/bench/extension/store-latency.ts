/**
 * Measurement 5: claim-store query latency with 100,000 claims in the extension's real IndexedDB.
 *
 * From one of the extension's own pages, the store is filled through the manager's import path
 * (import-pack.ts: the file sent in parts, previewed, then imported; the import is timed) with
 * generated claim packs of 10,000 claims each. Then `getReports` (the overlay's question) and
 * `search` (the manager's) are each asked 50 times in turn, with varied figures and words. Every
 * time is taken inside the extension page with performance.now() around sendMessage, so it is the
 * latency a page of the extension sees: messaging, the background's validation, Dexie, IndexedDB.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { claimPackGenerator } from './claim-packs';
import { importPackTimed } from './import-pack';
import { type Summary, summarize } from './stats';

export interface StoreLatencyResult {
  page: string;
  claims: number;
  importBatches: { claims: number; ms: number; textBytes: number }[];
  importClaimsPerSecond: number;
  /** One `counts` request (totals per metric, source and origin), ms. */
  countsMs: number;
  getReports: Summary;
  search: Summary;
  /** Median reports answered per getReports, and matches per search (they must not be empty). */
  reportsPerFigure: number;
  matchesPerSearch: number;
}

/** Extension pages that can send privileged requests, the quietest first (no list to keep live). */
const EXTENSION_PAGES = ['reader.html', 'popup.html', 'options.html'];
const BATCH = 10_000;

/** Sends one request from the extension page; returns its time (ms) and a size of its answer. */
function timedRequest(
  page: Page,
  request: object,
): Promise<{ ms: number; ok: boolean; error?: string; size: number }> {
  return page.evaluate(async (message) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const started = performance.now();
    const response = (await runtime.sendMessage(message)) as {
      ok: boolean;
      error?: { message: string };
      data?: { summary?: { reports: number }; total?: number; claims?: { added: number } };
    };
    const ms = performance.now() - started;
    const data = response.data;
    const size = data?.summary?.reports ?? data?.total ?? data?.claims?.added ?? 0;
    return { ms, ok: response.ok, error: response.error?.message, size };
  }, request);
}

export async function measureStoreLatency(options: {
  extension: BrowserContext;
  extensionId: string;
  extensionDir: string;
  claims: number;
  queries: number;
}): Promise<StoreLatencyResult> {
  const file = EXTENSION_PAGES.find((name) => existsSync(path.join(options.extensionDir, name)));
  if (!file) throw new Error('The build has no extension page to send requests from');
  const page = await options.extension.newPage();
  await page.goto(`chrome-extension://${options.extensionId}/${file}`);
  const generate = claimPackGenerator();

  const importBatches: StoreLatencyResult['importBatches'] = [];
  for (let from = 0; from < options.claims; from += BATCH) {
    const text = JSON.stringify(generate.pack(from, Math.min(BATCH, options.claims - from)));
    const result = await importPackTimed(page, text);
    importBatches.push({ claims: result.added, ms: result.ms, textBytes: text.length });
  }
  const counts = await page.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const started = performance.now();
    const reply = (await runtime.sendMessage({ type: 'counts' })) as {
      ok: boolean;
      data?: { claims: number };
    };
    return { ...reply, ms: performance.now() - started };
  });

  const reportTimes: number[] = [];
  const searchTimes: number[] = [];
  const reportSizes: number[] = [];
  const searchSizes: number[] = [];
  for (let i = 0; i < options.queries; i++) {
    const reports = await timedRequest(page, { type: 'getReports', figure: generate.figure(i) });
    if (!reports.ok) throw new Error(`getReports failed: ${reports.error}`);
    reportTimes.push(reports.ms);
    reportSizes.push(reports.size);
    const search = await timedRequest(page, { type: 'search', query: generate.query(i) });
    if (!search.ok) throw new Error(`search failed: ${search.error}`);
    searchTimes.push(search.ms);
    searchSizes.push(search.size);
  }
  await page.close();

  const importMs = importBatches.reduce((sum, batch) => sum + batch.ms, 0);
  const imported = importBatches.reduce((sum, batch) => sum + batch.claims, 0);
  return {
    page: file,
    claims: counts.data?.claims ?? Number.NaN,
    countsMs: counts.ms,
    importBatches,
    importClaimsPerSecond: imported / (importMs / 1000),
    getReports: summarize(reportTimes),
    search: summarize(searchTimes),
    reportsPerFigure: summarize(reportSizes).median,
    matchesPerSearch: summarize(searchSizes).median,
  };
}
