/**
 * "Check this figure" in real Chromium with the built extension: a figure selected on a page
 * that is not coverage (and so not marked) is checked and saved; the page is marked at once, a
 * seed page's overlay lists the new claim, and the claim re-anchors when the page is opened
 * again, says so when the page changed its number, and is listed as not found when it is gone.
 * Selections without a number, of 50,000 characters, in an embedded frame and in form fields each
 * get a plain answer, and the page's console stays clean.
 *
 * Paths covered: the message the context-menu and shortcut handlers send (`tabs.sendMessage` of
 * `checkSelection` to the top frame, with `frame: 'embedded'` for a click in a frame), evaluated
 * in the service worker; the shortcut itself through CDP key events; the registered command.
 * Native context menus cannot be clicked in headless Chromium.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkDialog,
  clickControl,
  fieldValues,
  fillControl,
  selectText,
  sendCheck,
  waitForDialog,
} from './check-probes';
import { axNodes, highlightedTexts, markPoint, textOf, waitForOverlay } from './content-probes';
import {
  CHROME_EXTENSION_DIR,
  type ExtensionSession,
  launchWithExtension,
  type ServedDemoSite,
  saveScreenshot,
  serveDemoSite,
  waitForMarks,
} from './harness';

/** Static test input: pages written for these tests (not seed texts). */
const TITLE = 'Oil prices edge higher as pipeline exports resume';
const FIGURE_SENTENCE =
  "Separately, Armenia's defence ministry said its forces had shot down 2 Azerbaijani helicopters overnight, a claim Baku denied.";

function oilPage(figureSentence: string | null): string {
  const paragraphs = [
    'Oil prices edged higher on Monday as exports through the Baku-Tbilisi-Ceyhan pipeline resumed after a week of maintenance, traders said.',
    'Brent crude rose 1.2 per cent to 42 dollars a barrel in London, while shipping rates in the Mediterranean held steady.',
    figureSentence,
    'Both claims could not be verified independently. Officials said 4 were lost in the fighting.',
    'Analysts expect demand to stay weak for the rest of the year as lockdowns in Europe weigh on fuel consumption.',
  ].filter((each): each is string => each !== null);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: TITLE,
    datePublished: '2020-10-05T09:00:00Z',
    publisher: { '@type': 'Organization', name: 'Caspian Business Wire' },
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} – CBW</title>
<link rel="canonical" href="/markets/oil-prices-pipeline">
<meta property="og:site_name" content="CBW Online">
<script type="application/ld+json">${jsonLd}</script></head>
<body><main><article><h1>${TITLE}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</article></main></body></html>`;
}

const FIELD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Comment</title></head>
<body><main><h1>Leave a comment</h1>
<textarea id="comment" rows="4" cols="80">Armenia's defence ministry said it shot down 2 Azerbaijani helicopters near the border.</textarea>
<input id="secret" type="password" value="hunter2 helicopters">
</main></body></html>`;

const FRAME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedded report</title></head>
<body><main><h1>An embedded report</h1><p>The report below is embedded from a partner site.</p>
<iframe id="partner" src="check-frame-child.html" width="600" height="200"></iframe></main></body></html>`;

const FRAME_CHILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><p>Azerbaijan's defence ministry said 12 Armenian tanks were destroyed.</p></body></html>`;

const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head>
<body><main><h1>A very long page</h1><p id="long">${'Lorem ipsum dolor sit amet. '.repeat(2000).slice(0, 50_000)}</p></main></body></html>`;

let session: ExtensionSession;
let demo: ServedDemoSite;
const openPages: Page[] = [];
const consoleErrors: string[] = [];

const write = (file: string, html: string) => writeFileSync(path.join(demo.site.outDir, file), html);

beforeAll(async () => {
  demo = await serveDemoSite();
  write('check-oil.html', oilPage(FIGURE_SENTENCE));
  write('check-field.html', FIELD_PAGE);
  write('check-frame.html', FRAME_PAGE);
  write('check-frame-child.html', FRAME_CHILD);
  write('check-long.html', LONG_PAGE);
  session = await launchWithExtension({ extensionDir: CHROME_EXTENSION_DIR, headless: true });
});

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

afterAll(async () => {
  await session?.close();
  await demo?.close();
});

async function open(file: string): Promise<{ page: Page; cdp: CDPSession; url: string }> {
  const page = await session.context.newPage();
  openPages.push(page);
  page.on('console', (message) => {
    // The static server has no favicon; that 404 is the browser's, not a page or extension error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      consoleErrors.push(`${file}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${file}: ${error.message}`));
  const url = demo.pageUrl(file);
  await page.goto(url);
  await page.waitForLoadState('load');
  // The content script starts at document_idle; it answers the popup once it runs.
  await page.waitForTimeout(300);
  return { page, cdp: await session.context.newCDPSession(page), url };
}

describe('checking a selected figure on a page that is not coverage', () => {
  it('shows the parsed figure, its claimant and the reports for its metric', async () => {
    const { page, cdp } = await open('check-oil.html');
    expect(await highlightedTexts(page)).toBeNull();
    await selectText(page, 'shot down 2 Azerbaijani helicopters');
    const reply = await sendCheck(page, session.serviceWorker);
    expect(reply).toEqual({ answer: 'figure' });
    const dialog = await waitForDialog(cdp, /This page/);
    await saveScreenshot(page, 'check-figure-overlay');
    expect(dialog.name).toMatch(/^Azerbaijani helicopters shot down/);
    expect(dialog.text).toMatch(/This page: 2, claimed by Armenia's Ministry of Defence/);
    // The reports for the metric, as a marked figure's overlay shows them.
    expect(dialog.text).toMatch(/figures from \d+ claimants across \d+ reports: 1, 2, 4/);
    expect(dialog.controls.some((each) => each.name === 'Add to the claim store')).toBe(true);
  });

  it('says so plainly when the selection holds no number', async () => {
    const { cdp, page } = await open('check-oil.html');
    await selectText(page, 'Both claims could not be verified independently.');
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'no-number' });
    const dialog = await waitForDialog(cdp, /no number/);
    expect(dialog.text).toMatch(/There is no number in this selection/);
  });

  it('offers the nearest metrics when it does not know what a number counts, and shows the picked one', async () => {
    const { cdp, page } = await open('check-oil.html');
    await selectText(page, 'Brent crude rose 1.2 per cent to 42 dollars');
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'no-metric' });
    const dialog = await waitForDialog(cdp, /does not recognise/);
    expect(dialog.name).toBe('What does this number count?');
    expect(dialog.controls.map((each) => each.name)).toContain('What does the number count?');
    await page.keyboard.press('Escape');
    expect(await checkDialog(cdp)).toBeNull();

    // "4" alone: the store holds 4 under helicopters shot down, so that is the nearest candidate.
    await selectText(page, 'Officials said 4 were lost');
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'no-metric' });
    await waitForDialog(cdp, /does not recognise/);
    await clickControl(page, cdp, /^helicopters shot down: 4 stored/);
    const picked = await waitForDialog(cdp, /reports: 1, 2, 4/);
    // A bare selection says nothing of when: no period in the title, and nothing compared.
    expect(picked.name).toBe('Helicopters shot down');
    expect(picked.text).toMatch(/This page: 4, no claimant named/);
    expect(picked.text).toMatch(/Crosstally does not recognise what this number counts\./);
    await saveScreenshot(page, 'check-picked-metric');
  });

  it('answers a 50,000-character selection without checking it', async () => {
    const { cdp, page } = await open('check-long.html');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('long') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'too-long' });
    const dialog = await waitForDialog(cdp, /characters/);
    expect(dialog.text).toContain('Select a figure and its sentence; this selection is 50,000 characters.');
    await saveScreenshot(page, 'check-too-long');
  });
});

describe('selections the content script cannot read as page text', () => {
  it('says it cannot read selections inside embedded frames, by menu and by shortcut', async () => {
    const { cdp, page } = await open('check-frame.html');
    const frame = page.frame({ url: /check-frame-child\.html$/ });
    if (!frame) throw new Error('no frame');
    await frame.evaluate(() => document.body.focus());
    await page.locator('#partner').focus();
    await selectText(frame, '12 Armenian tanks');
    // The menu handler: a click in frame 2 is sent to the top frame with frame: 'embedded'.
    expect(
      await sendCheck(page, session.serviceWorker, { type: 'checkSelection', frame: 'embedded' }),
    ).toEqual({
      answer: 'frame',
    });
    expect((await waitForDialog(cdp, /embedded frames/)).text).toMatch(
      /can’t read selections inside embedded frames/,
    );
    await page.keyboard.press('Escape');
    // The shortcut handler does not know the frame; the top frame sees focus in the iframe.
    await page.locator('#partner').focus();
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'frame' });
    await saveScreenshot(page, 'check-frame');
  });

  it('checks a selection in a text field but does not offer to save it; never reads password fields', async () => {
    const { cdp, page } = await open('check-field.html');
    await page.locator('#comment').evaluate((field: HTMLTextAreaElement) => {
      field.focus();
      const at = field.value.indexOf('2 Azerbaijani helicopters');
      field.setSelectionRange(at, at + '2 Azerbaijani helicopters'.length);
    });
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'figure' });
    const dialog = await waitForDialog(cdp, /This page/);
    expect(dialog.text).toMatch(/claimed by Armenia's Ministry of Defence/);
    expect(dialog.text).toMatch(/form field is not part of the page/);
    expect(dialog.controls.some((each) => each.name === 'Add to the claim store')).toBe(false);
    await page.keyboard.press('Escape');

    await page.locator('#secret').evaluate((field: HTMLInputElement) => {
      field.focus();
      field.select();
    });
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'password' });
    expect((await waitForDialog(cdp, /password/)).text).toMatch(/does not read password fields/);
  });
});

describe('the keyboard shortcut', () => {
  it('opens the check from the keyboard (CDP key events)', async () => {
    const { cdp, page } = await open('check-oil.html');
    await selectText(page, 'shot down 2 Azerbaijani helicopters');
    const key = {
      modifiers: 1 | 8,
      key: 'K',
      code: 'KeyK',
      windowsVirtualKeyCode: 75,
      nativeVirtualKeyCode: 75,
    };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    const dialog = await waitForDialog(cdp, /This page/, 4_000);
    expect(dialog.text).toMatch(/This page: 2, claimed by Armenia's Ministry of Defence/);
  });

  it('is registered as Alt+Shift+K', async () => {
    const commands = await session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'check-selection', shortcut: 'Alt+Shift+K' }),
    );
  });
});

/** Clicks the middle of the first figure mark whose text matches `pattern`. */
async function clickMark(page: Page, pattern: RegExp): Promise<void> {
  const point = await markPoint(page, pattern);
  await page.mouse.click(point.x, point.y);
}

/** The toolbar popup, loaded while `article` is the active tab (as when its button is clicked). */
async function popupFor(article: Page): Promise<Page> {
  const popup = await session.context.newPage();
  openPages.push(popup);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await article.bringToFront();
  await popup.reload();
  await expect.poll(() => popup.locator('.ct-status').getAttribute('data-status')).not.toBe('loading');
  return popup;
}

describe('adding a checked figure to the claim store', () => {
  it('prefills the claim from the sentence and the page, names a bad field, and saves', async () => {
    const { cdp, page, url } = await open('check-oil.html');
    await selectText(page, '2 Azerbaijani helicopters');
    expect(await sendCheck(page, session.serviceWorker)).toEqual({ answer: 'figure' });
    await waitForDialog(cdp, /Add to the claim store/);
    await clickControl(page, cdp, 'Add to the claim store');
    await waitForDialog(cdp, /Save to the claim store/);
    const values = await fieldValues(cdp);
    await saveScreenshot(page, 'check-add-form');
    expect(values['Quote (the sentence with the figure)']).toBe(FIGURE_SENTENCE);
    expect(values.Figure).toBe('2');
    expect(values.Qualifier).toBe('exactly');
    expect(values['What is counted']).toBe('helicopters shot down');
    expect(values['Whose losses']).toBe('Azerbaijani');
    expect(values['Claimant (who says it)']).toBe("Armenia's Ministry of Defence (Armenia)");
    expect(values['Outlet (who reports it)']).toBe('Caspian Business Wire');
    expect(values['Page address']).toBe(new URL('/markets/oil-prices-pipeline', url).href);
    expect(values.Published).toMatch(/2020-10-05|10\/05\/2020|05\/10\/2020/);

    // A bad address is refused by the background, and the error sits on that field.
    await fillControl(page, cdp, 'Page address', 'not an address');
    await clickControl(page, cdp, 'Save to the claim store');
    const refused = await waitForDialog(cdp, /Page address: expected/);
    expect(refused.text).toMatch(/A field needs a change before saving/);
    expect(refused.text).toMatch(/Page address: expected an http\(s\) URL/);
    expect(await highlightedTexts(page)).toBeNull();

    await fillControl(page, cdp, 'Page address', new URL('/markets/oil-prices-pipeline', url).href);
    await fillControl(page, cdp, 'Outlet (who reports it)', 'Caspian Business Wire (Baku desk)');
    await clickControl(page, cdp, 'Save to the claim store');
    await waitForDialog(cdp, /Saved to your claim store/);
    // The page's marks update at once: the saved figure is marked, though the page is not coverage.
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(['2 Azerbaijani helicopters']);
    // Nothing on the page says Crosstally marked it: no attribute of ours on <html>.
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual(['lang']);
    await saveScreenshot(page, 'check-saved-marked');
  });

  it('lists the new claim in a seed page’s overlay for the same metric', async () => {
    const { page, cdp } = await open('seed-000.html');
    await waitForMarks(page, 10_000);
    await clickMark(page, /^four .*helicopters$/);
    await waitForOverlay(cdp);
    const { nodes, byId } = await axNodes(cdp);
    const dialog = nodes.find((node) => !node.ignored && node.role?.value === 'dialog');
    if (!dialog) throw new Error('no overlay');
    const text = textOf(dialog, byId);
    // Saved with the period the form pre-filled (no time cue in the selection: the page's
    // publication day, 5 Oct 2020), it is listed apart under that day, not compared with the
    // page's figure of another day; carried by the outlet as the reader edited it, with the quote,
    // under the claimant from its sentence.
    const dayAt = text.indexOf('5 Oct 2020');
    expect(dayAt).toBeGreaterThan(-1);
    expect(text.slice(dayAt)).toContain(
      `Armenia's Ministry of Defence Armenia Caspian Business Wire (Baku desk) “ ${FIGURE_SENTENCE} ”`,
    );
    await saveScreenshot(page, 'check-seed-overlay-lists-new-claim');
  });

  it('re-anchors the claim when its page is opened again', async () => {
    const { page, cdp } = await open('check-oil.html');
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(['2 Azerbaijani helicopters']);
    await clickMark(page, /^2 Azerbaijani helicopters$/);
    const overlay = await waitForOverlay(cdp);
    expect(overlay?.pageLine).toMatch(/^This page: 2, claimed by Armenia's Ministry of Defence/);
    expect((await checkDialog(cdp))?.text).not.toMatch(/when you saved it/);
  });

  it('says so when the page now gives another number in the same place', async () => {
    write('check-oil.html', oilPage(FIGURE_SENTENCE.replace('shot down 2 ', 'shot down 4 ')));
    const { page, cdp } = await open('check-oil.html');
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(['4 Azerbaijani helicopters']);
    await clickMark(page, /^4 Azerbaijani helicopters$/);
    await waitForOverlay(cdp);
    const dialog = await waitForDialog(cdp, /when you saved it/);
    expect(dialog.text).toContain('This page said 2 when you saved it; it now says 4.');
    expect(dialog.text).toMatch(/This page: 4, claimed by Armenia's Ministry of Defence/);
    await saveScreenshot(page, 'check-page-changed');
  });

  it('lists the claim as not found in the popup when the page no longer has it, and places nothing', async () => {
    write('check-oil.html', oilPage(null));
    const { page } = await open('check-oil.html');
    const popup = await popupFor(page);
    const missing = popup.locator('.ct-not-found');
    await expect.poll(() => missing.textContent(), { timeout: 10_000 }).toMatch(/not found on it now/);
    expect(await missing.textContent()).toContain('“2 Azerbaijani helicopters”');
    expect(await highlightedTexts(page)).toBeNull();
    await saveScreenshot(popup, 'check-popup-not-found');
  });
});

describe('the page console', () => {
  it('stayed free of errors through every check above', () => {
    expect(consoleErrors).toEqual([]);
  });
});
