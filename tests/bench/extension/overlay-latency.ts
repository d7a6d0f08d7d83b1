/**
 * Measurement 4: overlay open latency, from the click on a mark to the dialog painted.
 *
 * The click is real input: CDP Input.dispatchMouseEvent (press and release) at the middle of a
 * marked figure, under a trace. Measured from the click's input timestamp (`event.timeStamp`):
 * - shown: to the end of the frame task in which the overlay first is on screen. The page's own
 *   probe looks, each animation frame after the click, for an element of the extension in the
 *   top layer (the overlay's popover host) and sets a `performance.mark` in the frame that shows
 *   it; the trace task holding the mark is that frame. (The probe also posts a message that runs
 *   after the frame's paint: a page-only upper bound.)
 * - complete: to the end of the last frame that painted within 400 ms of it. The page is static,
 *   so every paint is the overlay appearing, listing the reports, being placed. Its content sits in
 *   a closed shadow root no page can read; the accessibility tree confirms after the timed clicks
 *   that the dialog lists the reports.
 * The first click is reported apart: it creates the overlay's UI.
 * The page clock and the trace clock are aligned on the probe's `performance.mark`.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { overlaySnapshot, waitForOverlay } from '../../e2e/content-probes';
import { freshPage } from './browsers';
import { MARKS_PROBE, OVERLAY_PROBE, OVERLAY_SEEN_MARK, waitForMarksProbe } from './page-probes';
import { afterNextFrame } from './paint-step';
import { type Summary, summarize } from './stats';
import {
  frameThread,
  mainFrameId,
  paints,
  recordTrace,
  runsScriptFrom,
  sumMs,
  type Task,
  taskAt,
  tasksOf,
  userMarks,
} from './trace';

export interface OverlayRun {
  /** Click to the end of the frame task that first rendered the overlay (trace). */
  clickToShownMs: number;
  /** Click to the first task after that frame's paint (the page's probe alone; an upper bound). */
  clickToShownPageMs: number;
  /** Click to the end of the last frame painted in response (the reports listed and placed). */
  clickToCompleteMs: number;
  /** Main-thread time of the tasks running the content script in that window. */
  scriptMs: number;
}

export interface OverlayLatencyResult {
  url: string;
  figure: string;
  /** The overlay's summary line in the accessibility tree after the timed clicks ("3 figures from …"). */
  summary: string;
  runs: OverlayRun[];
  /** The page's first opening (the overlay's UI is created then); the summaries cover the rest. */
  first: OverlayRun;
  clickToShownMs: Summary;
  clickToShownPageMs: Summary;
  clickToCompleteMs: Summary;
  scriptMs: Summary;
}

interface ProbeState {
  clickAt: number | null;
  seenAt: number | null;
  shownAt: number | null;
}

/** Time left after each click before Escape closes the overlay. */
const SETTLE_MS = 700;
/** The content script's answer is local: it arrives well within this after the overlay shows. */
const ANALYSIS_WINDOW_MS = 400;

async function markCenter(page: Page): Promise<{ x: number; y: number; text: string }> {
  const found = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const highlight of registry.values()) {
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0];
        if (box && box.width > 0) {
          return { x: box.x + box.width / 2, y: box.y + box.height / 2, text: range.toString() };
        }
      }
    }
    return null;
  });
  if (!found) throw new Error('No mark to click');
  return found;
}

async function click(cdp: CDPSession, x: number, y: number): Promise<void> {
  const base = { x, y, button: 'left', clickCount: 1 } as const;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...base });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...base });
}

async function pressEscape(cdp: CDPSession): Promise<void> {
  const key = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/** Awaits the probe's promise for the current click: no polling script runs in the page meanwhile. */
async function waitForShown(page: Page): Promise<ProbeState> {
  return page.evaluate(async () => {
    const state = (window as unknown as { crosstallyOverlayBench: ProbeState & { shown: Promise<void> } })
      .crosstallyOverlayBench;
    await Promise.race([state.shown, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    return { clickAt: state.clickAt, seenAt: state.seenAt, shownAt: state.shownAt };
  });
}

/** Reads one click's latencies off the trace; see the module comment. */
function analyzeClick(tasks: readonly Task[], seenTs: number, state: ProbeState, origin: string): OverlayRun {
  const { clickAt, seenAt, shownAt } = state;
  if (clickAt === null || seenAt === null || shownAt === null) throw new Error('The probe missed a click');
  // Page time (ms since navigation) → trace time (µs), through the seen mark.
  const toTrace = (pageMs: number) => seenTs + (pageMs - seenAt) * 1000;
  const clickTs = toTrace(clickAt);
  const shownFrame = taskAt(tasks, seenTs);
  if (!shownFrame) throw new Error('No task holds the overlay-seen mark');
  const windowEnd = seenTs + ANALYSIS_WINDOW_MS * 1000;
  // The page is static: every paint after the click is the overlay appearing, filling, moving.
  const painted = tasks.filter((task) => task.start >= clickTs && task.end <= windowEnd && paints(task));
  const completeEnd = Math.max(shownFrame.end, painted.at(-1)?.end ?? 0);
  const scriptMs = sumMs(
    tasks.filter((task) => task.start >= clickTs && task.end <= windowEnd && runsScriptFrom(task, origin)),
  );
  return {
    clickToShownMs: (shownFrame.end - clickTs) / 1000,
    clickToShownPageMs: shownAt - clickAt,
    clickToCompleteMs: (completeEnd - clickTs) / 1000,
    scriptMs,
  };
}

export async function measureOverlayLatency(options: {
  extension: BrowserContext;
  url: string;
  origin: string;
  runs: number;
}): Promise<OverlayLatencyResult> {
  const { extension, url, origin } = options;
  const page = await freshPage(extension);
  await page.addInitScript({ content: MARKS_PROBE });
  await page.addInitScript({ content: OVERLAY_PROBE });
  await page.goto(url);
  const marks = await waitForMarksProbe(page, 30_000);
  if (marks.markedAt === null) throw new Error(`No marks on ${url}`);
  const cdp = await extension.newCDPSession(page);
  const frameId = await mainFrameId(cdp);
  const point = await markCenter(page);
  await afterNextFrame(page);

  const clicks: ProbeState[] = [];
  const { events } = await recordTrace(cdp, async () => {
    for (let i = 0; i < options.runs; i++) {
      await click(cdp, point.x, point.y);
      const state = await waitForShown(page);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      clicks.push(state);
      await pressEscape(cdp);
      await afterNextFrame(page);
    }
  });
  // The accessibility tree, outside the trace: the dialog lists the reports of the figure.
  await click(cdp, point.x, point.y);
  const overlay = await waitForOverlay(cdp, true, 10_000);
  if (!overlay?.summary) throw new Error('The overlay shows no summary of reports');
  await pressEscape(cdp);
  if (await overlaySnapshot(cdp)) throw new Error('The overlay did not close on Escape');
  await cdp.detach().catch(() => undefined);
  await page.close();

  const tasks = tasksOf(events, frameThread(events, frameId));
  const seenMarks = userMarks(events, OVERLAY_SEEN_MARK);
  const runs = clicks.map((state, i) => {
    const seenTs = seenMarks[i];
    if (seenTs === undefined) throw new Error(`Click ${i + 1}: the overlay was not seen`);
    return analyzeClick(tasks, seenTs, state, origin);
  });
  const [first, ...warm] = runs;
  if (!first) throw new Error('No clicks measured');
  return {
    url,
    figure: point.text,
    summary: overlay.summary,
    runs,
    first,
    clickToShownMs: summarize(warm.map((run) => run.clickToShownMs)),
    clickToShownPageMs: summarize(warm.map((run) => run.clickToShownPageMs)),
    clickToCompleteMs: summarize(warm.map((run) => run.clickToCompleteMs)),
    scriptMs: summarize(warm.map((run) => run.scriptMs)),
  };
}
