// @vitest-environment happy-dom
/**
 * "Check this figure" in the page, against the real background handler on a test store: what the
 * overlay says for each kind of selection, what the form is prefilled with, and what a save
 * writes (selector, offsets, source) and calls afterwards.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleRequest } from '../../../../utils/background/handler';
import { createCheckController } from '../../../../utils/content/check/controller';
import { createPageContext } from '../../../../utils/content/page-context';
import { setUiLanguage, t } from '../../../../utils/i18n/translate';
import type { RequestOf, RequestType, Response } from '../../../../utils/messaging/protocol';
import { claimsOfOrigin, countOfOrigin } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { fromStoredClaim } from '../../../../utils/store/db';
import { fixturePack, freshDb } from '../../store/helpers';

const ID = 'crosstally-test-id';
const handlerContext: HandlerContext = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}/`,
  seedPack: fixturePack(),
};
const SENTENCE =
  "Armenia's defence ministry said its forces had shot down 2 Azerbaijani helicopters overnight.";

let db: CrosstallyDb;
let controller: AbortController;
const requests: string[] = [];

const send = async <T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> => {
  requests.push(request.type);
  return (await handleRequest(db, request, { id: ID, url: location.href }, handlerContext)) as Response<T>;
};

function showPage(): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://cbw.example/markets/oil?ref=home#top',
  );
  // Static test input, not page data.
  document.head.innerHTML = `<title>Oil prices edge higher</title>
    <link rel="canonical" href="/markets/oil">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-05T09:00:00Z","publisher":{"name":"Caspian Business Wire"}}</script>`;
  document.body.innerHTML = `<main><article><h1>Oil prices edge higher</h1>
    <p>Brent crude rose to 42 dollars a barrel.</p>
    <p id="figure">${SENTENCE}</p>
    <p id="plain">Both claims could not be verified. Officials said 4 were lost.</p>
    <textarea id="field">They said they shot down 2 Azerbaijani helicopters.</textarea>
    <p id="yesterday">The defence ministry said its forces destroyed 3 Azerbaijani tanks yesterday.</p>
  </article></main>`;
}

function select(id: string, text: string): void {
  const node = document.getElementById(id)?.firstChild as Text;
  const at = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

function checker(onSaved = vi.fn()) {
  const page = createPageContext({
    signal: controller.signal,
    send,
    extensionRoot: `chrome-extension://${ID}/`,
    overlayShadowMode: 'open',
  });
  const check = createCheckController(page, { onSaved });
  return { check: check.check, onSaved };
}

const overlay = () => document.querySelector('crosstally-overlay')?.shadowRoot as ShadowRoot;
const dialogText = () =>
  (overlay()?.querySelector('[role="dialog"]')?.textContent ?? '').replace(/\s+/g, ' ');
const button = (name: string | RegExp) =>
  [...overlay().querySelectorAll('button')].find((each) =>
    typeof name === 'string' ? each.textContent === name : name.test(each.textContent ?? ''),
  ) as HTMLButtonElement;
const field = (name: string) =>
  overlay().querySelector<HTMLInputElement>(`[name="${name}"]`) as HTMLInputElement & HTMLSelectElement;

beforeEach(() => {
  db = freshDb();
  controller = new AbortController();
  requests.length = 0;
  showPage();
});

afterEach(() => {
  controller.abort();
  getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('checking a selected figure', () => {
  it('shows the figure with the claimant of its sentence and the reports for its metric', async () => {
    select('figure', '2 Azerbaijani helicopters');
    const { check } = checker();
    expect(await check()).toBe('figure');
    expect(overlay().querySelector('h2')?.textContent).toMatch(/^Azerbaijani helicopters shot down/);
    expect(dialogText()).toContain("This page: 2, claimed by Armenia's Ministry of Defence");
    expect(dialogText()).toMatch(/reports: 1, 2, 4/);
    expect(button('Add to the claim store')).toBeDefined();
    expect(requests).toEqual(['checkText']);
  });

  it('reads "yesterday" in the selection against the page’s day, and the form takes that period', async () => {
    select('yesterday', '3 Azerbaijani tanks');
    const { check } = checker();
    expect(await check()).toBe('figure');
    button('Add to the claim store').click();
    await vi.waitFor(() => expect(field('period')).toBeTruthy());
    // The page is of 5 October 2020: "yesterday" is the 4th, not the page's day.
    expect(field('period').value).toBe('2020-10-04');
  });

  it('answers plainly, without asking the background, when there is nothing to check', async () => {
    const { check } = checker();
    expect(await check()).toBe('no-selection');
    expect(dialogText()).toMatch(/Select a figure and its sentence on the page/);
    expect(await check({ frame: 'embedded' })).toBe('frame');
    expect(dialogText()).toMatch(/can’t read selections inside embedded frames/);
    const plain = document.getElementById('plain') as HTMLElement;
    plain.textContent = `${plain.textContent}${'x'.repeat(3000)}`;
    select('plain', plain.textContent);
    expect(await check()).toBe('too-long');
    expect(dialogText()).toContain('this selection is 3,062 characters.');
    expect(requests).toEqual([]);
  });

  it('says there is no number, or offers the nearest metrics and shows the one picked', async () => {
    const { check } = checker();
    select('plain', 'Both claims could not be verified.');
    expect(await check()).toBe('no-number');
    expect(dialogText()).toMatch(/There is no number in this selection/);

    select('plain', 'Officials said 4 were lost.');
    expect(await check()).toBe('no-metric');
    expect(dialogText()).toMatch(/Crosstally does not recognise what this number counts/);
    button(/^helicopters shot down: 4 stored/).click();
    await vi.waitFor(() => expect(dialogText()).toMatch(/reports: 1, 2, 4/));
    expect(dialogText()).toContain('This page: 4, no claimant named');
    expect(requests).toEqual(['checkText', 'checkText', 'getReports']);
  });
});

describe('adding the checked figure to the claim store', () => {
  it('prefills the form, saves the claim with its selector and source, and lets the page re-mark', async () => {
    select('figure', '2 Azerbaijani helicopters');
    const { check, onSaved } = checker();
    await check();
    button('Add to the claim store').click();
    await vi.waitFor(() => expect(field('quote')).toBeTruthy());
    expect(field('quote').value).toBe(SENTENCE);
    expect([field('value').value, field('qualifier').value, field('metric').value]).toEqual([
      '2',
      'exact',
      'helicopters_downed',
    ]);
    expect([field('side').value, field('claimantId').value]).toEqual(['AZ', 'arm_mod']);
    expect([field('outlet').value, field('url').value, field('publishedDate').value]).toEqual([
      'Caspian Business Wire',
      'https://cbw.example/markets/oil',
      '2020-10-05',
    ]);

    overlay().querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(dialogText()).toMatch(/Saved to your claim store/));
    expect(onSaved).toHaveBeenCalledWith('https://cbw.example/markets/oil');
    const [stored] = (await claimsOfOrigin(db, 'user')).map(fromStoredClaim);
    expect(stored).toMatchObject({
      metric: 'helicopters_downed',
      value: 2,
      claimant: { id: 'arm_mod' },
      quote: SENTENCE,
      selector: {
        exact: '2 Azerbaijani helicopters',
        prefix: 'ministry said its forces had shot down '.slice(-32),
      },
    });
    expect(stored?.selector.suffix).toBe(' overnight.\nBoth claims could no');
    const source = await db.sources.get(stored?.sourceId ?? '');
    expect(source).toMatchObject({
      url: 'https://cbw.example/markets/oil',
      outlet: 'Caspian Business Wire',
      kind: 'web',
    });
  });

  it.each([
    {
      language: 'en',
      reason: 'Page address: expected an http(s) URL',
      summary: /A field needs a change before saving/,
    },
    {
      language: 'ru',
      reason: 'Адрес страницы: ожидался URL http(s)',
      summary: /Перед сохранением нужно исправить поле/,
    },
  ] as const)(
    'puts the background’s refusal on the field it names, in the reader’s language ($language), and saves nothing',
    async ({ language, reason, summary }) => {
      setUiLanguage(language);
      try {
        select('figure', '2 Azerbaijani helicopters');
        const { check, onSaved } = checker();
        await check();
        button(t('form.add')).click();
        await vi.waitFor(() => expect(field('url')).toBeTruthy());
        field('url').value = 'not an address';
        field('url').dispatchEvent(new Event('input', { bubbles: true }));
        // The reader's next action comes after the form has re-rendered with what was typed.
        await new Promise((resolve) => setTimeout(resolve, 20));
        overlay().querySelector('form')?.requestSubmit();
        await vi.waitFor(() => expect(field('url')?.getAttribute('aria-invalid')).toBe('true'), {
          timeout: 3000,
        });
        const error = overlay().getElementById(field('url').getAttribute('aria-describedby') ?? '');
        expect(error?.textContent).toBe(reason);
        expect(dialogText()).toMatch(summary);
        expect(onSaved).not.toHaveBeenCalled();
        expect(await countOfOrigin(db, 'user')).toBe(0);
      } finally {
        setUiLanguage('en');
      }
    },
  );

  it('checks a selection in a form field but does not offer to save it as the page’s claim', async () => {
    const textarea = document.getElementById('field') as HTMLTextAreaElement;
    textarea.focus();
    textarea.setSelectionRange(25, 50);
    const { check } = checker();
    expect(await check()).toBe('figure');
    expect(dialogText()).toMatch(/form field is not part of the page/);
    expect(button('Add to the claim store')).toBeUndefined();
  });
});
