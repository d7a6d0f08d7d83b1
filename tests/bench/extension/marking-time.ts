/**
 * Measurement 2: time from the page's load event to marks on a seed article and on the same
 * article repeated, and the growth exponent. Measured in the page's own world: the load event's
 * start (Navigation Timing) and the first animation frame with highlight ranges registered
 * (page-probes.ts). No tracing: nothing slows the run.
 */
import type { BrowserContext } from 'playwright-core';
import { freshPage } from './browsers';
import { MARKS_PROBE, waitForMarksProbe } from './page-probes';
import { growthExponent, linearFit, type Summary, summarize } from './stats';

export interface MarkingTimeRun {
  loadToMarksMs: number;
  /** From navigation start (performance.now() 0) to marks. */
  navigationToMarksMs: number;
  ranges: number;
}

export interface MarkingSize {
  times: number;
  url: string;
  chars: number;
  runs: MarkingTimeRun[];
  loadToMarksMs: Summary;
  navigationToMarksMs: Summary;
  ranges: number;
}

export interface MarkingTimeResult {
  sizes: MarkingSize[];
  /** Slope of log(load→marks) against log(text size), from the medians. */
  exponent: number;
  /** The same between the two largest pages, where fixed costs weigh least. */
  exponentLargest: number;
  /** load→marks ≈ fixedMs + msPer100kB · size/100 kB (least squares on the medians), with R². */
  linear: { fixedMs: number; msPer100kB: number; r2: number };
  /** The same fitted to navigation start→marks. */
  navigationExponent: number;
}

const MARKS_TIMEOUT_MS = 30_000;

export async function timeMarksOnce(context: BrowserContext, url: string): Promise<MarkingTimeRun> {
  const page = await freshPage(context);
  await page.addInitScript({ content: MARKS_PROBE });
  await page.goto(url);
  const state = await waitForMarksProbe(page, MARKS_TIMEOUT_MS);
  await page.close();
  if (state.markedAt === null) throw new Error(`No marks on ${url} within ${MARKS_TIMEOUT_MS} ms`);
  return {
    loadToMarksMs: state.markedAt - state.loadAt,
    navigationToMarksMs: state.markedAt,
    ranges: state.ranges,
  };
}

export async function measureMarkingTime(options: {
  extension: BrowserContext;
  pages: { times: number; url: string; chars: number }[];
  runs: number;
}): Promise<MarkingTimeResult> {
  const sizes: MarkingSize[] = [];
  for (const { times, url, chars } of options.pages) {
    const runs: MarkingTimeRun[] = [];
    for (let i = 0; i < options.runs; i++) runs.push(await timeMarksOnce(options.extension, url));
    sizes.push({
      times,
      url,
      chars,
      runs,
      loadToMarksMs: summarize(runs.map((run) => run.loadToMarksMs)),
      navigationToMarksMs: summarize(runs.map((run) => run.navigationToMarksMs)),
      ranges: Math.max(...runs.map((run) => run.ranges)),
    });
  }
  const points = sizes.map((size) => ({ x: size.chars, y: size.loadToMarksMs.median }));
  const line = linearFit(points);
  return {
    sizes,
    exponent: growthExponent(points),
    exponentLargest: growthExponent(points.slice(-2)),
    linear: { fixedMs: line.intercept, msPer100kB: line.slope * 100_000, r2: line.r2 },
    navigationExponent: growthExponent(
      sizes.map((size) => ({ x: size.chars, y: size.navigationToMarksMs.median })),
    ),
  };
}
