/**
 * Marks are painted, not only registered: in real Chromium with the built extension, a screenshot
 * of a seed article shows the highlight's tint over a figure and none over the words before it,
 * on a plain page and on one whose Content-Security-Policy forbids every script.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { describe, expect, it } from 'vitest';
import { layerPriority, STRICT_CSP_QUERY, saveScreenshot, useChromiumSuite, waitForMarks } from './harness';
import { decodePng } from './harness/png';
import { amberShare, markAndPlainBoxes } from './paint-probes';

const suite = useChromiumSuite();

describe.each([
  ['a seed article', 'seed-000.html'],
  ['a seed article under the strictest CSP', `seed-000.html?${STRICT_CSP_QUERY}`],
])('the marks of %s', (_, file) => {
  it('are painted over the figure and not over the words before it', async () => {
    const page = await suite.newPage();
    await page.goto(suite.demo.pageUrl(file));
    await waitForMarks(page, 10_000);
    const boxes = await page.evaluate(markAndPlainBoxes, layerPriority('figure'));
    if (!boxes) throw new Error('no mark with unmarked words before it in the story');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const image = decodePng(await page.screenshot());
    const mark = amberShare(image, boxes.mark);
    const plain = amberShare(image, boxes.plain);
    if (mark <= 0.3) await saveScreenshot(page, 'content-paint-failed');
    expect(mark).toBeGreaterThan(0.3);
    expect(plain).toBeLessThan(0.02);
  });
});
