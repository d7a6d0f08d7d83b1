/**
 * The mark helpers the demo and the e2e tests use, checked in real Chromium against a page that
 * paints a CSS custom highlight itself and opens a dialog on a click inside it.
 */

import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../utils/node/demo/paths';
import { firstMarkPoint, openFirstMark, waitForMarks } from './index';

const PAGE = `<!doctype html><html><body style="font: 20px serif">
<p>Filler paragraph.</p>
<p style="margin-top: 1500px">They said <span id="figure">4 helicopters</span> were shot down.</p>
<script>
  const text = document.getElementById('figure').firstChild;
  const range = new Range();
  range.setStart(text, 0);
  range.setEnd(text, 13);
  document.addEventListener('click', (event) => {
    const box = range.getBoundingClientRect();
    if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) return;
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.textContent = 'Reports';
    document.body.append(dialog);
  });
  // Registered late and under a random name, as the content script does: found by priority 0.
  setTimeout(() => { CSS.highlights.set('h' + Math.random().toString(16).slice(2), new Highlight(range)); }, 200);
</script></body></html>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('mark helpers', () => {
  it('wait for the first marks and click the first highlighted range, even off screen', async () => {
    page = await browser.newPage();
    await page.setContent(PAGE);
    expect(await waitForMarks(page, 3_000)).toEqual({ signalled: true, figures: '1' });
    const point = await firstMarkPoint(page);
    expect(point).not.toBeNull();
    expect(await openFirstMark(page)).toBe('opened');
    await page.close();
  });

  it('report no marks on a page without any', async () => {
    page = await browser.newPage();
    await page.setContent('<p>Nothing to mark: 4 helicopters.</p>');
    expect(await waitForMarks(page, 300)).toEqual({ signalled: false, figures: null });
    expect(await openFirstMark(page)).toBe('no-marks');
    await page.close();
  });
});
