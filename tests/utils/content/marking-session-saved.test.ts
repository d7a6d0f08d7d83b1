// @vitest-environment happy-dom
/** The marking session with the reader's saved claims: marked on any page, with notices and misses. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeQuote } from '../../../utils/anchoring/text-quote';
import { type MarkingSession, startMarking } from '../../../utils/content/marking-session';
import { createPageContext } from '../../../utils/content/page-context';
import { createSavedClaims } from '../../../utils/content/saved-claims';
import { articleRoots } from '../../../utils/dom/article-root';
import { collectText } from '../../../utils/dom/text-map';
import type { RequestOf, RequestType, Response } from '../../../utils/messaging/protocol';
import type { Claim } from '../../../utils/store/types';
import { armMod } from '../../components/overlay-fixtures';
import { COVERAGE_PAGE, fakeBackground } from './page-fixtures';

const SENTENCE = "Armenia's defence ministry said it shot down 2 Azerbaijani helicopters overnight.";
const QUIET_PAGE = `<main><article><h1>Oil prices edge higher</h1>
  <p>Brent crude rose to 42 dollars a barrel in London on Monday, traders said.</p>
  <p>${SENTENCE}</p></article></main>`;

function claimFor(text: string, figure: string): Claim {
  const start = text.indexOf(figure);
  return {
    id: 'web:1#helicopters_downed@9',
    metric: 'helicopters_downed',
    value: 2,
    qualifier: 'exact',
    side: 'AZ',
    claimant: armMod,
    sourceId: 'web:1',
    quote: SENTENCE,
    quoteFigureStart: SENTENCE.indexOf(figure),
    quoteFigureEnd: SENTENCE.indexOf(figure) + figure.length,
    selector: describeQuote(text, start, start + figure.length),
    start,
    end: start + figure.length,
    period: null,
    origin: 'user',
    createdAt: 1,
    updatedAt: 1,
  };
}

let controller: AbortController;
/** How many figures the session has marked (what the popup lists). */
const marked = (session: MarkingSession) => session.pageStatus().figures.length;

function start(html: string, claims: Claim[]) {
  // Static test input, not page data.
  document.body.innerHTML = html;
  const background = fakeBackground({ helicopters_downed: 3 });
  const send = async <T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> => {
    if (request.type !== 'claimsForPage') return background.send(request);
    background.requests.push(request as RequestOf<'claimsForPage'>);
    const data = {
      claims,
      metricLabels: { helicopters_downed: 'helicopters shot down' },
      reportCounts: { helicopters_downed: 3 },
    };
    return { ok: true, data } as Response<T>;
  };
  const savedClaims = createSavedClaims({
    send,
    savedSites: async () => ['news.example'],
  });
  const page = createPageContext({
    signal: controller.signal,
    send,
    extensionRoot: 'chrome-extension://test/',
    overlayShadowMode: 'open',
  });
  const session = startMarking(page, { savedClaims, debounceMs: 5, maxWaitMs: 50 });
  return { session, background };
}

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://news.example/oil',
  );
  controller = new AbortController();
});

afterEach(() => {
  vi.restoreAllMocks();
  controller.abort();
  document.body.innerHTML = '';
});

describe('saved claims in the marking session', () => {
  it('are marked on a page that is not coverage, and listed for the popup', async () => {
    const text = `Oil prices edge higher\nBrent crude rose to 42 dollars a barrel in London on Monday, traders said.\n${SENTENCE}`;
    const { session } = start(QUIET_PAGE, [claimFor(text, '2 Azerbaijani helicopters')]);
    await session.refresh();
    expect(marked(session)).toBe(1);
    const status = session.pageStatus();
    expect(status.status.kind).toBe('not-coverage');
    expect(status.figures).toEqual([
      expect.objectContaining({
        text: '2 Azerbaijani helicopters',
        metricLabel: 'helicopters shot down',
        reportCount: 3,
      }),
    ]);
    expect(status.notFound).toBeUndefined();
  });

  it('open with the notice when the page changed the number, and take the engine’s mark’s place', async () => {
    // Saved while the article said 2; it says 4 now.
    document.body.innerHTML = COVERAGE_PAGE.replace('<b>4</b>', '<b>2</b>');
    const then = collectText(articleRoots(document), { readStyle: null }).text;
    const claim = {
      ...claimFor(then, '2 Azerbaijani helicopters'),
      quote: 'shot down 2 Azerbaijani helicopters',
    };
    const { session } = start(COVERAGE_PAGE, [claim]);
    await session.refresh();
    const figures = session.pageStatus().figures;
    const saved = figures.filter((figure) => /^4 Azerbaijani\s+helicopters$/.test(figure.text));
    // One mark for that text: the saved claim's, not the engine's.
    expect(saved.map((figure) => figure.id)).toEqual([`saved|${claim.id}`]);
    // happy-dom lays nothing out: give the figure a box, or the overlay closes as if it had gone.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 120, 18));
    expect(session.showFigure(saved[0]?.id ?? '')).toBe(true);
    const shadow = document.querySelector('crosstally-overlay')?.shadowRoot;
    expect(shadow?.querySelector('.ct-notice')?.textContent).toBe(
      'This page said 2 when you saved it; it now says 4.',
    );
    expect(shadow?.textContent).toMatch(/This page: 4, claimed by Armenia's Ministry of Defence/);
  });

  it('are listed as not found for the popup when the page lost them', async () => {
    const { session } = start(QUIET_PAGE.replace(SENTENCE, 'Nothing else happened.'), [
      claimFor(SENTENCE, '2 Azerbaijani helicopters'),
    ]);
    await session.refresh();
    expect(marked(session)).toBe(0);
    expect(session.pageStatus().notFound).toEqual([
      {
        id: 'web:1#helicopters_downed@9',
        text: '2 Azerbaijani helicopters',
        metricLabel: 'helicopters shot down',
      },
    ]);
  });

  it('ask the background for the page’s analysis again after a save', async () => {
    const { session, background } = start(COVERAGE_PAGE, []);
    await session.refresh();
    const analyses = () => background.requests.filter((request) => request.type === 'analyzePage').length;
    expect(analyses()).toBe(1);
    await session.refresh();
    expect(analyses()).toBe(1);
    await session.refresh(true);
    expect(analyses()).toBe(2);
  });
});
