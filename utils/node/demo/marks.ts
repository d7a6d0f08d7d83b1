/**
 * Finding the extension's marks from outside the page, for the demo's screenshots and the
 * end-to-end tests. Written defensively: until the content script marks figures, these report
 * "no marks" instead of failing.
 *
 * Crosstally leaves no attribute or element on the page and registers its highlights under random
 * names (README "Privacy"), so its marks are found the way any page script could find them: the
 * highlight layers registered in CSS.highlights, told apart by their paint priority.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_PRIORITIES } from '../../dom/highlight-style';

export type HighlightLayer = keyof typeof HIGHLIGHT_PRIORITIES;

/** The `priority` of a layer's Highlight, to pass into in-page functions that look for it. */
export function layerPriority(layer: HighlightLayer = 'figure'): number {
  return HIGHLIGHT_PRIORITIES[layer];
}

export interface MarksState {
  /** Whether marks appeared (the figure layer holds at least one range). */
  signalled: boolean;
  /** How many figures are marked, as a string (null when none appeared). */
  figures: string | null;
}

/** In the page: how many ranges the figure layer holds, or null while it is not registered or empty. */
function figureRangeCount(priority: number): number | null {
  const registry = (globalThis.CSS as { highlights?: Map<string, Highlight> } | undefined)?.highlights;
  if (!registry) return null;
  for (const highlight of registry.values()) {
    if (highlight.priority === priority && highlight.size > 0) return highlight.size;
  }
  return null;
}

/** Waits for load, then for the content script's first marks, at most `timeoutMs`. */
export async function waitForMarks(page: Page, timeoutMs = 5_000): Promise<MarksState> {
  await page.waitForLoadState('load');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await page.evaluate(figureRangeCount, layerPriority('figure'));
    if (count !== null) return { signalled: true, figures: String(count) };
    if (Date.now() > deadline) return { signalled: false, figures: null };
    await page.waitForTimeout(50);
  }
}

/**
 * Viewport point at the middle of the first mark: the first range of a CSS custom highlight
 * (preferring the figure layer), or an element carrying `data-crosstally-mark`.
 */
export async function firstMarkPoint(page: Page): Promise<{ x: number; y: number } | null> {
  // No named functions inside the callback: tsx (esbuild keepNames) would wrap them in a
  // `__name` helper that does not exist in the page.
  const rect = await page.evaluate((figurePriority) => {
    const registry = (globalThis.CSS as { highlights?: Map<string, Highlight> } | undefined)?.highlights;
    const highlights = registry ? [...registry.values()] : [];
    highlights.sort((a, b) => Number(a.priority !== figurePriority) - Number(b.priority !== figurePriority));
    for (const highlight of highlights) {
      for (const range of highlight) {
        if (!(range instanceof Range)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0];
        if (box && box.width > 0 && box.height > 0) return box.toJSON() as DOMRectInit;
      }
    }
    const element = document.querySelector('[data-crosstally-mark]');
    element?.scrollIntoView({ block: 'center' });
    const box = element?.getClientRects()[0];
    return box && box.width > 0 && box.height > 0 ? (box.toJSON() as DOMRectInit) : null;
  }, layerPriority('figure'));
  if (!rect) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = rect;
  return { x: x + width / 2, y: y + height / 2 };
}

/** How long the overlay gets to show its reports after it opened (they come from the local store). */
const OVERLAY_SETTLE_MS = 400;

/**
 * Clicks the first mark and waits for a dialog: one in the page (Playwright locators see into
 * open shadow roots), or Crosstally's overlay, whose closed shadow root hides its dialog from page
 * scripts and locators alike; its host shown in the top layer is the sign it opened.
 */
export async function openFirstMark(
  page: Page,
  timeoutMs = 3_000,
): Promise<'opened' | 'no-marks' | 'no-dialog'> {
  const point = await firstMarkPoint(page);
  if (!point) return 'no-marks';
  await page.mouse.click(point.x, point.y);
  try {
    const which = await page.waitForFunction(
      () => {
        const dialog = document.querySelector('[role="dialog"]');
        if (dialog && dialog.getClientRects().length > 0) return 'page';
        const host = document.querySelector('crosstally-overlay');
        try {
          return host?.matches(':popover-open') ? 'overlay' : false;
        } catch {
          return false; // no popover support: the overlay is then a plain fixed box
        }
      },
      null,
      { timeout: timeoutMs },
    );
    if ((await which.jsonValue()) === 'overlay') await page.waitForTimeout(OVERLAY_SETTLE_MS);
    return 'opened';
  } catch {
    return 'no-dialog';
  }
}
