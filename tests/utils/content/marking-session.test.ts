// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MarkingSession, startMarking } from '../../../utils/content/marking-session';
import { createPageContext } from '../../../utils/content/page-context';
import { MAX_PAGE_TEXT_CHARS } from '../../../utils/limits';
import type { AnyRequest } from '../../../utils/messaging/protocol';
import { COVERAGE_PAGE, fakeBackground, OTHER_WAR_PAGE } from './page-fixtures';

let controller: AbortController;

function start(
  html: string,
  reports: Record<string, number>,
): { session: MarkingSession; background: ReturnType<typeof fakeBackground> } {
  // Static test input, not page data.
  document.body.innerHTML = html;
  const background = fakeBackground(reports);
  const page = createPageContext({
    signal: controller.signal,
    send: background.send,
    extensionRoot: 'chrome-extension://test/',
  });
  const session = startMarking(page, { debounceMs: 5, maxWaitMs: 50 });
  return { session, background };
}

/** How many figures the session has marked (what the popup lists). */
const marked = (session: MarkingSession) => session.pageStatus().figures.length;
const ours = () => document.querySelectorAll('[data-crosstally-ui]').length;
/** Attributes on <html>: a page must not learn from one that Crosstally is installed. */
const rootAttributes = () => document.documentElement.getAttributeNames();

beforeEach(() => {
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

describe('startMarking on a Nagorno-Karabakh article', () => {
  it('marks the figures whose metric has stored reports, in one request to the background', async () => {
    const { session, background } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    await session.refresh();
    expect(marked(session)).toBe(1);
    // Marked without a trace a page script could read in the DOM.
    expect(rootAttributes()).toEqual([]);
    const { status, figures } = session.pageStatus();
    expect(status).toMatchObject({ kind: 'coverage', figureCount: 1 });
    // The figure split over <b>4</b> is found whole, with its claimant.
    expect(figures).toEqual([
      expect.objectContaining({
        text: '4 Azerbaijani helicopters',
        reportCount: 7,
        claimant: expect.objectContaining({ party: 'ARM' }),
      }),
    ]);
    expect(background.requests).toEqual([
      {
        type: 'analyzePage',
        page: expect.objectContaining({
          text: expect.stringContaining('shot down 4 Azerbaijani helicopters'),
        }),
      },
    ]);
    // The page's chrome (navigation, asides) is not part of what is analysed.
    const [request] = background.requests;
    expect(request?.type === 'analyzePage' && request.page.text).not.toContain('Markets close');
  });

  it('does not ask again or double marks when it runs again on an unchanged page', async () => {
    const { session, background } = start(COVERAGE_PAGE, { helicopters_downed: 7, tanks_destroyed: 2 });
    await session.refresh();
    const asked = background.requests.length;
    const first = session.pageStatus().figures.map((figure) => figure.id);
    await session.refresh();
    await session.refresh();
    expect(background.requests).toHaveLength(asked);
    expect(session.pageStatus().figures.map((figure) => figure.id)).toEqual(first);
    expect(marked(session)).toBe(2);
  });

  it('marks a paragraph the page adds later, keeping the earlier marks', async () => {
    const { session } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    await session.refresh();
    const paragraph = document.createElement('p');
    paragraph.textContent =
      "Armenia's defence ministry later said two more Azerbaijani helicopters were shot down.";
    document.querySelector('article')?.append(paragraph);
    await expect.poll(() => marked(session), { timeout: 3000 }).toBe(2);
    const ids = session.pageStatus().figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('asks again when the background could not answer', async () => {
    const { session, background } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    background.setFailing(true);
    await session.refresh();
    expect(marked(session)).toBe(0);
    background.setFailing(false);
    await session.refresh();
    expect(marked(session)).toBe(1);
  });

  it('opens the overlay of a marked figure and asks for that figure’s reports', async () => {
    const { session, background } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    await session.refresh();
    const [figure] = session.pageStatus().figures;
    const before = background.requests.length;
    expect(session.showFigure(figure?.id ?? '')).toBe(true);
    expect(document.querySelector('crosstally-overlay')).not.toBeNull();
    await expect
      .poll(() => background.requests.slice(before))
      .toEqual([
        { type: 'getReports', figure: expect.objectContaining({ metric: 'helicopters_downed', value: 4 }) },
      ]);
    expect(session.showFigure('no-such-figure')).toBe(false);
  });

  it('asks for reports only once the ledger answered, naming the page’s own read source', async () => {
    document.body.innerHTML = COVERAGE_PAGE;
    const background = fakeBackground({ helicopters_downed: 7 });
    const page = createPageContext({
      signal: controller.signal,
      send: background.send,
      extensionRoot: 'chrome-extension://test/',
    });
    // The ledger's answer for this page is still on its way when the reader clicks a mark.
    let answered: () => void = () => {};
    const answer = new Promise<void>((resolve) => {
      answered = resolve;
    });
    let ledgerSource: string | null = null;
    const session = startMarking(page, {
      debounceMs: 5,
      maxWaitMs: 50,
      ledgerSettled: () => answer,
      ledgerSourceId: () => ledgerSource,
    });
    await session.refresh();
    const before = background.requests.length;
    session.showFigure(session.pageStatus().figures[0]?.id ?? '');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.requests.slice(before)).toEqual([]);
    ledgerSource = 'read:0123456789abcdef';
    answered();
    await expect
      .poll(() => background.requests.slice(before))
      .toEqual([
        { type: 'getReports', figure: expect.objectContaining({ sourceId: 'read:0123456789abcdef' }) },
      ]);
  });

  it('removes its marks and its elements when torn down', async () => {
    const { session } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    await session.refresh();
    session.showFigure(session.pageStatus().figures[0]?.id ?? '');
    expect(ours()).toBeGreaterThan(0);
    controller.abort();
    expect(marked(session)).toBe(0);
    expect(rootAttributes()).toEqual([]);
    expect(ours()).toBe(0);
  });
});

describe('startMarking on a long article', () => {
  it('marks figures past the first slice, sending the background bounded slices in order', async () => {
    // 1.5 million characters of neutral text between the opening and a last figure.
    const filler = `<p>${'The council met again to discuss roads, schools and the water supply. '.repeat(700)}</p>`;
    const last =
      "<p>Azerbaijan's defence ministry said its forces destroyed 12 Armenian tanks overnight.</p>";
    const long = COVERAGE_PAGE.replace('</article>', `${filler.repeat(30)}${last}</article>`);
    const { session, background } = start(long, { helicopters_downed: 7, tanks_destroyed: 2 });
    await session.refresh();
    const pages = background.requests.flatMap((request) =>
      request.type === 'analyzePage' ? [request.page] : [],
    );
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT_CHARS);
    expect(pages.slice(1).every((page) => page.continued === true)).toBe(true);
    const texts = session.pageStatus().figures.map((figure) => figure.text);
    expect(texts).toEqual(['4 Azerbaijani helicopters', '12 Armenian tanks', '12 Armenian tanks']);
    expect(session.pageStatus().status).toMatchObject({ kind: 'coverage', figureCount: 3 });
    expect(session.pageStatus().status).not.toHaveProperty('markedChars');
  }, 60_000);

  it('marks the opening as soon as the first slice is read, before the background reads the rest', async () => {
    const filler = `<p>${'The council met again to discuss roads, schools and the water supply. '.repeat(700)}</p>`;
    const last = "<p>Armenia's defence ministry said 3 Azerbaijani drones were shot down.</p>";
    document.body.innerHTML = COVERAGE_PAGE.replace('</article>', `${filler.repeat(12)}${last}</article>`);
    const background = fakeBackground({ helicopters_downed: 7, tanks_destroyed: 2, drones_downed: 1 });
    // The background answers the first slice at once and holds every later one until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let laterAsked = 0;
    const send: typeof background.send = async (request) => {
      const asked = request as AnyRequest;
      if (asked.type === 'analyzePage' && asked.page.continued) {
        laterAsked++;
        await held;
      }
      return background.send(request);
    };
    const context = createPageContext({
      signal: controller.signal,
      send,
      extensionRoot: 'chrome-extension://test/',
    });
    const session = startMarking(context, { debounceMs: 5, maxWaitMs: 50 });
    const done = session.refresh();
    await expect.poll(() => laterAsked, { timeout: 20_000 }).toBe(1);
    const opening = session.pageStatus().figures.map((figure) => figure.text);
    expect(opening).toEqual(['4 Azerbaijani helicopters', '12 Armenian tanks']);
    const openingIds = session.pageStatus().figures.map((figure) => figure.id);
    expect(session.pageStatus().status).toMatchObject({ kind: 'coverage', figureCount: 2 });
    release();
    await done;
    const whole = session.pageStatus().figures;
    expect(whole.map((figure) => figure.text)).toEqual([...opening, '3 Azerbaijani drones']);
    // The opening's marks keep their ids: the whole article's marks replace them, none doubled.
    expect(whole.slice(0, 2).map((figure) => figure.id)).toEqual(openingIds);
  }, 60_000);
});

describe('startMarking on a page that is not coverage', () => {
  it('sends nothing, marks nothing and writes nothing to the page', async () => {
    const { session, background } = start(OTHER_WAR_PAGE, { helicopters_downed: 7, tanks_destroyed: 3 });
    await session.refresh();
    expect(session.pageStatus()).toEqual({
      status: { kind: 'not-coverage', coverage: expect.objectContaining({ isCoverage: false }) },
      figures: [],
    });
    expect(background.requests).toEqual([]);
    expect(rootAttributes()).toEqual([]);
    expect(ours()).toBe(0);
  });

  it('leaves a page it was aborted on before finishing untouched', async () => {
    const { session, background } = start(COVERAGE_PAGE, { helicopters_downed: 7 });
    controller.abort();
    await session.refresh();
    expect(background.requests).toEqual([]);
    expect(marked(session)).toBe(0);
    expect(rootAttributes()).toEqual([]);
  });
});
