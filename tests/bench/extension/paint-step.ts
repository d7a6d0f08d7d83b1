/**
 * Our side of measurement 3: how long the content script's highlighting step takes, from a trace
 * of a seed page's load.
 *
 * The page's MutationObserver sets a `performance.mark` when the figures attribute appears; the
 * observer runs at the end of the very task that set it, so the renderer task holding that mark
 * is the content script's marking task: it receives the background's answer (the analysis
 * result), maps figures to ranges, registers the highlights and sets the attribute. Its duration
 * is the step; the next task that renders a frame is the cost of painting it. The content script
 * exposes no performance mark of its own, so this is the finest cut visible from outside.
 */
import type { BrowserContext } from 'playwright-core';
import { freshPage } from './browsers';
import {
  highlightSpans,
  MARKED_MARK,
  MARKS_PROBE,
  MARKS_PROBE_URL,
  type TextSpan,
  waitForMarksProbe,
} from './page-probes';
import {
  frameThread,
  mainFrameId,
  nextFrameTask,
  recordTrace,
  runsScriptFrom,
  scriptTimeMs,
  sumMs,
  taskAt,
  tasksOf,
  userMarks,
} from './trace';

export interface PaintStepRun {
  /** The marking task (analysis result in, highlights registered), ms. */
  stepMs: number;
  /** The frame rendered after it (style, layout, paint, commit), ms. */
  frameMs: number;
  /** Every content-script task from injection to the marking task, ms. */
  contentScriptMs: number;
  loadToMarksMs: number;
  /** The marked spans as offsets into the article's text, for the peer. */
  spans: TextSpan[];
}

/** Waits for two animation frames in the page: the frame after the current one has been rendered. */
export async function afterNextFrame(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export async function measurePaintStep(
  context: BrowserContext,
  url: string,
  origin: string,
): Promise<PaintStepRun> {
  const page = await freshPage(context);
  await page.addInitScript({ content: MARKS_PROBE });
  const cdp = await context.newCDPSession(page);
  const frameId = await mainFrameId(cdp);
  const { events, result: state } = await recordTrace(cdp, async () => {
    await page.goto(url);
    const marks = await waitForMarksProbe(page, 30_000);
    await afterNextFrame(page);
    return marks;
  });
  if (state.markedAt === null) throw new Error(`No marks on ${url}`);
  const spans = await highlightSpans(page, 'article');
  await cdp.detach().catch(() => undefined);
  await page.close();

  const tasks = tasksOf(events, frameThread(events, frameId));
  const markedAt = userMarks(events, MARKED_MARK)[0];
  const step = markedAt === undefined ? undefined : taskAt(tasks, markedAt);
  if (!step) throw new Error(`The trace of ${url} holds no task around the marks`);
  // The probe's own callback runs inside the step task: take it out.
  const stepMs = step.durationMs - scriptTimeMs(step, MARKS_PROBE_URL);
  const frame = nextFrameTask(tasks, step.end);
  const before = tasks.filter((task) => task.end <= step.start && runsScriptFrom(task, origin));
  return {
    stepMs,
    frameMs: frame?.durationMs ?? Number.NaN,
    contentScriptMs: sumMs(before) + stepMs,
    loadToMarksMs: state.markedAt - state.loadAt,
    spans,
  };
}
