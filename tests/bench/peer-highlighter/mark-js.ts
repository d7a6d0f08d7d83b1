/**
 * The peer highlighter's side of measurement 3: mark.js 8.11 (advanced-mark.js is not installed)
 * highlighting exactly the spans the extension marked, on the same page, in Chromium without the
 * extension, traced like our side.
 *
 * A page timer calls `new Mark(article).markRanges(spans, { done })`, the character offsets being
 * those of our highlight ranges in the article's text nodes. Measured: the timer task that runs
 * the call (mark.js wraps each span in <mark> synchronously), call to `done` inside the page, and
 * the next task that renders a frame (the style, layout and paint the new elements cost).
 */
import type { BrowserContext } from 'playwright-core';
import { freshPage } from '../extension/browsers';
import type { TextSpan } from '../extension/page-probes';
import { afterNextFrame } from '../extension/paint-step';
import {
  frameThread,
  mainFrameId,
  nextFrameTask,
  recordTrace,
  taskAt,
  tasksOf,
  userMarks,
} from '../extension/trace';

export const PEER_START_MARK = 'crosstally-bench:peer-start';

/**
 * Runs in the page (a string: tsx would wrap functions in a `__name` helper the page lacks).
 * Resolves with the time from the call to mark.js's done callback.
 */
const PEER_RUN = `window.crosstallyPeerRun = ({ ranges, startMark }) => new Promise((resolve, reject) => {
  const article = document.querySelector('article');
  if (!article || typeof window.Mark !== 'function') {
    reject(new Error('no article or no mark.js on the page'));
    return;
  }
  setTimeout(() => {
    performance.mark(startMark);
    const started = performance.now();
    new window.Mark(article).markRanges(ranges, {
      done() { resolve({ callToDoneMs: performance.now() - started }); },
    });
  }, 0);
});
//# sourceURL=crosstally-bench-peer-run.js`;

export interface PeerRun {
  /** The timer task that ran markRanges, ms. */
  stepMs: number;
  /** markRanges called to its done callback, ms (performance.now() in the page). */
  callToDoneMs: number;
  frameMs: number;
  /** <mark> elements mark.js made, and whether their texts equal the spans' texts. */
  elements: number;
  sameTexts: boolean;
}

export async function measureMarkJs(
  context: BrowserContext,
  url: string,
  spans: readonly TextSpan[],
): Promise<PeerRun> {
  const page = await freshPage(context);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(PEER_RUN);
  await afterNextFrame(page);
  const cdp = await context.newCDPSession(page);
  const frameId = await mainFrameId(cdp);
  const ranges = spans.map(({ start, length }) => ({ start, length }));
  const { events, result } = await recordTrace(cdp, async () => {
    const timing = await page.evaluate(
      (args) =>
        (window as unknown as { crosstallyPeerRun(input: typeof args): Promise<unknown> }).crosstallyPeerRun(
          args,
        ),
      { ranges, startMark: PEER_START_MARK },
    );
    await afterNextFrame(page);
    return timing as { callToDoneMs: number };
  });
  const marked = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll('article mark[data-markjs]'),
      (element) => element.textContent ?? '',
    ),
  );
  await cdp.detach().catch(() => undefined);
  await page.close();

  const tasks = tasksOf(events, frameThread(events, frameId));
  const startedAt = userMarks(events, PEER_START_MARK)[0];
  const step = startedAt === undefined ? undefined : taskAt(tasks, startedAt);
  if (!step) throw new Error('The peer trace holds no task around markRanges');
  const frame = nextFrameTask(tasks, step.end);
  return {
    stepMs: step.durationMs,
    callToDoneMs: result.callToDoneMs,
    frameMs: frame?.durationMs ?? Number.NaN,
    elements: marked.length,
    // A span crossing an element boundary becomes several <mark>s; joined, they spell the spans.
    sameTexts: marked.join('') === spans.map((span) => span.text).join(''),
  };
}
