/**
 * A 5 MB article: the seed article's story repeated past five million characters, then a closing
 * paragraph of its own. Crosstally marks its opening as soon as the first slice is read, then the
 * whole of it, figures after character 600,000 and the closing one included, in slices that leave
 * the page free to run its own tasks.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightedTexts } from './content-probes';
import { layerPriority, useChromiumSuite, waitForMarks } from './harness';

const suite = useChromiumSuite();
const TARGET_CHARS = 5_000_000;
const OLD_LIMIT_CHARS = 600_000;
const CLOSING =
  "In its closing statement, Armenia's defence ministry said 7 Azerbaijani helicopters had been shot down.";

/** The demo's seed-000 page with its story repeated to TARGET_CHARS, each copy's offset on it. */
async function openLongArticle(): Promise<{ page: Page; chars: number }> {
  const url = suite.demo.pageUrl('seed-000.html');
  const html = await (await fetch(url)).text();
  const story = /<div class="story-body">([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (!story) throw new Error('seed-000.html has no story body');
  const storyChars = story.replace(/<[^>]+>/g, '').length;
  const copies: string[] = [];
  let chars = 0;
  while (chars < TARGET_CHARS) {
    copies.push(`<section data-at="${chars}">${story}</section>`);
    chars += storyChars;
  }
  const body = `${copies.join('\n')}<p id="closing">${CLOSING}</p>`;
  const page = await suite.newPage();
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html.replace(
        /<div class="story-body">[\s\S]*?<\/div>/,
        () => `<div class="story-body">${body}</div>`,
      ),
    }),
  );
  // The page's own timer, every 16 ms from load on: how long its tasks had to wait at most (the
  // page's own first layout of 5 MB takes about 2 s in Chromium 156 without Crosstally too).
  await page.addInitScript(() => {
    const state = { longestGap: 0, last: performance.now() };
    (window as unknown as { heartbeat: typeof state }).heartbeat = state;
    const beat = () => {
      const now = performance.now();
      if (document.readyState === 'complete') state.longestGap = Math.max(state.longestGap, now - state.last);
      state.last = now;
      setTimeout(beat, 16);
    };
    beat();
  });
  await page.goto(url, { timeout: 60_000 });
  return { page, chars };
}

/** Marks in the page: how many, how many start past `offset` of the article, and whether the closing one is. */
function markedPast(page: Page, offset: number): Promise<{ total: number; past: number; closing: boolean }> {
  return page.evaluate(
    ({ priority, offset }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
      const figures = [...registry.values()].find((each) => each.priority === priority);
      let past = 0;
      let closing = false;
      for (const range of figures ?? []) {
        const parent = range.startContainer.parentElement;
        if (parent?.closest('#closing')) closing = true;
        const at = Number(parent?.closest('section')?.getAttribute('data-at') ?? Number.NaN);
        if (at > offset || parent?.closest('#closing')) past++;
      }
      return { total: figures?.size ?? 0, past, closing };
    },
    { priority: layerPriority('figure'), offset },
  );
}

describe('a 5 MB article', () => {
  it('gets marks all the way to its end, the page running its own tasks meanwhile', async () => {
    const started = Date.now();
    const { page, chars } = await openLongArticle();
    expect(chars).toBeGreaterThanOrEqual(TARGET_CHARS);
    await waitForMarks(page, 60_000);
    // The opening is marked as soon as its slice is read, while the background still reads the rest.
    const opening = await markedPast(page, OLD_LIMIT_CHARS);
    const firstMarksMs = Date.now() - started;
    expect(opening.total).toBeGreaterThan(0);
    expect(opening.closing).toBe(false);
    await expect
      .poll(async () => (await markedPast(page, OLD_LIMIT_CHARS)).closing, { timeout: 90_000, interval: 500 })
      .toBe(true);
    const marks = await markedPast(page, OLD_LIMIT_CHARS);
    const longestGap = await page.evaluate(
      () => (window as unknown as { heartbeat: { longestGap: number } }).heartbeat.longestGap,
    );
    console.info(
      `5 MB article: first ${opening.total} marks ${firstMarksMs} ms after navigation; ` +
        `${marks.total} marks (${marks.past} past character ${OLD_LIMIT_CHARS}) ` +
        `${Date.now() - started} ms after navigation; the page's timer waited at most ${longestGap.toFixed(0)} ms`,
    );
    expect(marks.past).toBeGreaterThan(marks.total / 2);
    expect((await highlightedTexts(page))?.at(-1)).toBe('7 Azerbaijani helicopters');
  }, 180_000);
});
