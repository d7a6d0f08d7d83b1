/**
 * What the bench reads inside a page, from the page's own (main) world, seeing only what any page
 * script could see: the ranges registered in CSS.highlights (the content script leaves no attribute
 * or element on the page, and its highlight names are random) and the overlay's host in the top
 * layer. Nothing here depends on how the content script works inside.
 *
 * The init scripts are plain JavaScript strings: functions compiled by tsx would carry esbuild's
 * `__name` helper, which does not exist in the page. Each names itself with a sourceURL, so traces
 * tell its callbacks from the extension's.
 */
import type { Page } from 'playwright-core';

/** `performance.mark` names the probes set; they show in traces under blink.user_timing. */
export const MARKED_MARK = 'crosstally-bench:marked';
export const OVERLAY_SEEN_MARK = 'crosstally-bench:overlay-seen';
export const MARKS_PROBE_URL = 'crosstally-bench-marks-probe.js';
export const OVERLAY_PROBE_URL = 'crosstally-bench-overlay-probe.js';

/**
 * Records, in `window.crosstallyBench`, the first animation frame in which a highlight holds a
 * range (`markedAt`, performance.now() ms) and how many ranges were registered then. Nothing on
 * the page announces marks, so the probe looks once per frame from the document's start: the
 * time is that of the first frame that can paint the marks (at most a frame after the task that
 * set them).
 */
export const MARKS_PROBE = `(() => {
  let resolveMarked = () => {};
  const state = { markedAt: null, ranges: 0, figures: null };
  state.marked = new Promise((resolve) => { resolveMarked = resolve; });
  window.crosstallyBench = state;
  const countRanges = () => {
    let total = 0;
    if (globalThis.CSS && CSS.highlights) for (const highlight of CSS.highlights.values()) total += highlight.size;
    return total;
  };
  const check = () => {
    if (state.markedAt !== null) return;
    const ranges = countRanges();
    if (ranges === 0) { requestAnimationFrame(check); return; }
    state.markedAt = performance.now();
    state.ranges = ranges;
    state.figures = String(ranges);
    performance.mark('${MARKED_MARK}');
    resolveMarked();
  };
  requestAnimationFrame(check);
})();
//# sourceURL=${MARKS_PROBE_URL}`;

/**
 * Records clicks (`event.timeStamp`: when the input happened) and, each animation frame after a
 * click, looks for an element of the extension in the top layer (the overlay's popover host). In
 * the frame that first shows one it sets a `performance.mark` (the trace's task holding it is the
 * task rendering that frame) and posts a message, whose task runs after that frame's paint: its
 * time, `shownAt`, is an upper bound the page measures alone.
 */
export const OVERLAY_PROBE = `(() => {
  let resolveShown = () => {};
  const state = { clickAt: null, seenAt: null, shownAt: null, shown: Promise.resolve() };
  window.crosstallyOverlayBench = state;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    state.shownAt = performance.now();
    resolveShown();
  };
  const overlayShown = () => {
    for (const element of document.querySelectorAll(':popover-open, dialog[open]')) {
      if (element.hasAttribute('data-crosstally-ui') || element.localName.startsWith('crosstally-')) return true;
    }
    return false;
  };
  const watch = () => {
    if (!overlayShown()) {
      requestAnimationFrame(watch);
      return;
    }
    state.seenAt = performance.now();
    performance.mark('${OVERLAY_SEEN_MARK}');
    channel.port2.postMessage(null);
  };
  window.addEventListener('click', (event) => {
    state.clickAt = event.timeStamp;
    state.seenAt = null;
    state.shownAt = null;
    state.shown = new Promise((resolve) => { resolveShown = resolve; });
    requestAnimationFrame(watch);
  }, true);
})();
//# sourceURL=${OVERLAY_PROBE_URL}`;

export interface MarksState {
  /** performance.now() when the marks appeared; null if they never did. */
  markedAt: number | null;
  /** The load event's start, performance.now() ms. */
  loadAt: number;
  ranges: number;
  figures: string | null;
}

/**
 * Waits until the page is loaded and marked (or `timeoutMs` passes), and reads the probe. One
 * evaluation awaits the probe's promise: no polling script runs in the page meanwhile.
 */
export async function waitForMarksProbe(page: Page, timeoutMs: number): Promise<MarksState> {
  await page.waitForLoadState('load');
  return page.evaluate(async (timeout) => {
    const state = (
      window as unknown as { crosstallyBench: Omit<MarksState, 'loadAt'> & { marked: Promise<void> } }
    ).crosstallyBench;
    await Promise.race([state.marked, new Promise((resolve) => setTimeout(resolve, timeout))]);
    const navigation = performance.getEntriesByType('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    return {
      markedAt: state.markedAt,
      ranges: state.ranges,
      figures: state.figures,
      loadAt: navigation?.loadEventStart ?? Number.NaN,
    };
  }, timeoutMs);
}

/** A highlighted span as character offsets into the text of a root element (mark.js's offsets). */
export interface TextSpan {
  start: number;
  length: number;
  text: string;
}

/**
 * Every range registered in CSS.highlights (the extension's marks; the page has none of its own)
 * as offsets into the concatenated text nodes of the first `selector` element, in document order:
 * exactly what mark.js's markRanges takes.
 */
export function highlightSpans(page: Page, selector: string): Promise<TextSpan[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) return [];
    const offsets = new Map<Node, number>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      offsets.set(node, total);
      total += (node as Text).data.length;
    }
    const spans: { start: number; length: number; text: string }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const seen = new Set<string>();
    for (const highlight of registry.values()) {
      for (const range of highlight) {
        const startBase = offsets.get(range.startContainer);
        const endBase = offsets.get(range.endContainer);
        if (startBase === undefined || endBase === undefined) continue;
        const start = startBase + range.startOffset;
        const end = endBase + range.endOffset;
        const key = `${start}:${end}`;
        if (seen.has(key)) continue; // the hover and active layers repeat a figure's range
        seen.add(key);
        spans.push({ start, length: end - start, text: (range as Range).toString() });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }, selector);
}
