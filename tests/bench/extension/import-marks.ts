/**
 * Measurement 8: a page's marks during a large import. From an extension page, a 20,000-claim
 * pack is imported (`importApply`, as the manager does); a second after it starts, a seed article
 * opens in a fresh tab and the time from navigation start to its marks is taken in the page
 * (timeMarksOnce). The peer is the same page with no import running, alternating in the same
 * browser. The page's wait is the difference of the two; the target is at most 1 s. Each run
 * imports new claims (a fresh id range), so every import really writes.
 */
import type { BrowserContext } from 'playwright-core';
import { claimPackGenerator } from './claim-packs';
import { timeMarksOnce } from './marking-time';
import { type Summary, summarize } from './stats';

export interface ImportMarksResult {
  claimsPerImport: number;
  /** Navigation start → marks with no import running (the peer). */
  idle: Summary;
  /** The same while an import runs. */
  duringImport: Summary;
  /** How long each import took (ms), and whether each page was marked before its import ended. */
  importMs: Summary;
  markedBeforeImportEnded: boolean[];
  /** duringImport − idle: the page's wait caused by the import (median and worst). */
  extraWaitMs: { median: number; max: number };
}

const START_AFTER_MS = 1_000;

export async function measureMarksDuringImport(options: {
  extension: BrowserContext;
  extensionId: string;
  url: string;
  claims: number;
  runs: number;
}): Promise<ImportMarksResult> {
  const manager = await options.extension.newPage();
  await manager.goto(`chrome-extension://${options.extensionId}/reader.html`);
  const generate = claimPackGenerator(808);
  const idle: number[] = [];
  const during: number[] = [];
  const importMs: number[] = [];
  const beforeEnd: boolean[] = [];
  for (let run = 0; run < options.runs; run++) {
    idle.push((await timeMarksOnce(options.extension, options.url)).navigationToMarksMs);
    const text = JSON.stringify(generate.pack(1_000_000 + run * options.claims, options.claims));
    const started = Date.now();
    let endedAt = 0;
    const imported = manager
      .evaluate(async (pack) => {
        const runtime = (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime;
        return (await runtime.sendMessage({ type: 'importApply', text: pack, onConflict: 'keep-mine' })) as {
          ok: boolean;
          error?: { message: string };
        };
      }, text)
      .then((reply) => {
        endedAt = Date.now();
        if (!reply.ok) throw new Error(`importApply failed: ${reply.error?.message}`);
      });
    await new Promise((resolve) => setTimeout(resolve, START_AFTER_MS));
    during.push((await timeMarksOnce(options.extension, options.url)).navigationToMarksMs);
    beforeEnd.push(endedAt === 0);
    await imported;
    importMs.push(endedAt - started);
  }
  await manager.close();
  const idleSummary = summarize(idle);
  const duringSummary = summarize(during);
  return {
    claimsPerImport: options.claims,
    idle: idleSummary,
    duringImport: duringSummary,
    importMs: summarize(importMs),
    markedBeforeImportEnded: beforeEnd,
    extraWaitMs: {
      median: duringSummary.median - idleSummary.median,
      max: duringSummary.max - idleSummary.median,
    },
  };
}
