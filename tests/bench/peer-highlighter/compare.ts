/**
 * Measurement 3: the extension and mark.js highlighting the same spans of the same page in the
 * same run, alternately, `runs` times each; medians and their ratio (ours / theirs, ≤ 1 means we
 * are at least as fast).
 *
 * Compared: the task that turns the analysis result into highlights (ours: see paint-step.ts)
 * against the timer task that runs markRanges (theirs), alone and together with the next frame
 * they cause (style, layout, paint). mark.js is given our spans; it finds nothing itself, so the
 * comparison is of highlighting only, and the extension's whole marking from load (text
 * collection, coverage, figures, the background's answer) is reported beside it.
 */
import type { BrowserContext } from 'playwright-core';
import { measurePaintStep, type PaintStepRun } from '../extension/paint-step';
import { type Summary, summarize } from '../extension/stats';
import { measureMarkJs, type PeerRun } from './mark-js';

export interface PeerSize {
  times: number;
  url: string;
  spans: number;
  ours: {
    stepMs: Summary;
    frameMs: Summary;
    stepPlusFrameMs: Summary;
    contentScriptMs: Summary;
    loadToMarksMs: Summary;
  };
  theirs: {
    stepMs: Summary;
    callToDoneMs: Summary;
    frameMs: Summary;
    stepPlusFrameMs: Summary;
    elements: number;
    sameTexts: boolean;
  };
  /** Median of ours / median of theirs. */
  stepRatio: number;
  stepPlusFrameRatio: number;
}

export async function compareWithMarkJs(options: {
  extension: BrowserContext;
  plain: BrowserContext;
  origin: string;
  pages: { times: number; url: string }[];
  runs: number;
}): Promise<PeerSize[]> {
  const results: PeerSize[] = [];
  for (const { times, url } of options.pages) {
    const ours: PaintStepRun[] = [];
    const theirs: PeerRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      const run = await measurePaintStep(options.extension, url, options.origin);
      ours.push(run);
      theirs.push(await measureMarkJs(options.plain, url, run.spans));
    }
    const of = <T>(list: T[], value: (item: T) => number) => summarize(list.map(value));
    const oursStep = of(ours, (run) => run.stepMs);
    const oursBoth = of(ours, (run) => run.stepMs + run.frameMs);
    const theirsStep = of(theirs, (run) => run.stepMs);
    const theirsBoth = of(theirs, (run) => run.stepMs + run.frameMs);
    results.push({
      times,
      url,
      spans: Math.max(...ours.map((run) => run.spans.length)),
      ours: {
        stepMs: oursStep,
        frameMs: of(ours, (run) => run.frameMs),
        stepPlusFrameMs: oursBoth,
        contentScriptMs: of(ours, (run) => run.contentScriptMs),
        loadToMarksMs: of(ours, (run) => run.loadToMarksMs),
      },
      theirs: {
        stepMs: theirsStep,
        callToDoneMs: of(theirs, (run) => run.callToDoneMs),
        frameMs: of(theirs, (run) => run.frameMs),
        stepPlusFrameMs: theirsBoth,
        elements: Math.max(...theirs.map((run) => run.elements)),
        sameTexts: theirs.every((run) => run.sameTexts),
      },
      stepRatio: oursStep.median / theirsStep.median,
      stepPlusFrameRatio: oursBoth.median / theirsBoth.median,
    });
  }
  return results;
}
