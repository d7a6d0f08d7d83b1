// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../../utils/anchoring/text-quote';
import {
  changedNotice,
  createSavedClaims,
  SAVED_MARK_PREFIX,
  withSavedClaims,
} from '../../../utils/content/saved-claims';
import { collectText } from '../../../utils/dom/text-map';
import type {
  AnyRequest,
  PageClaims,
  RequestOf,
  RequestType,
  Response,
} from '../../../utils/messaging/protocol';
import type { Claim } from '../../../utils/store/types';
import { armMod } from '../../components/overlay-fixtures';

const SAVED_TEXT =
  "Markets were calm.\nArmenia's defence ministry said it shot down 2 Azerbaijani helicopters overnight.";

function savedClaim(id: string, figure: string, text = SAVED_TEXT): Claim {
  const start = text.indexOf(figure);
  return {
    id,
    metric: 'helicopters_downed',
    value: 2,
    qualifier: 'exact',
    side: 'AZ',
    claimant: armMod,
    sourceId: 'web:1',
    quote: text.split('\n')[1] as string,
    quoteFigureStart: 0,
    quoteFigureEnd: figure.length,
    selector: describeQuote(text, start, start + figure.length),
    start,
    end: start + figure.length,
    period: null,
    origin: 'user',
    createdAt: 1,
    updatedAt: 1,
  };
}

function setup(claims: Claim[], sites = ['news.example']) {
  const requests: AnyRequest[] = [];
  const answer: PageClaims = {
    claims,
    metricLabels: { helicopters_downed: 'helicopters shot down' },
    reportCounts: { helicopters_downed: 7 },
  };
  const send = async <T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> => {
    requests.push(request as AnyRequest);
    return { ok: true, data: answer } as Response<T>;
  };
  const saved = createSavedClaims({ send, savedSites: async () => sites });
  return { saved, requests, sites };
}

function showPage(paragraphs: string[]): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://news.example/story#top',
  );
  // Static test input, not page data.
  document.body.innerHTML = paragraphs.map((text) => `<p>${text}</p>`).join('');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the saved claims of a page', () => {
  it('are anchored where they were, and asked for once, by the page’s address', async () => {
    showPage(SAVED_TEXT.split('\n'));
    const { saved, requests } = setup([savedClaim('c1', '2 Azerbaijani helicopters')]);
    const placed = await saved.place(collectText(document.body, { readStyle: null }));
    expect(placed.map((each) => [each.id, each.range.toString(), each.notice])).toEqual([
      [`${SAVED_MARK_PREFIX}c1`, '2 Azerbaijani helicopters', undefined],
    ]);
    expect(placed[0]?.figure).toMatchObject({ value: 2, metric: 'helicopters_downed', claimant: armMod });
    expect(placed[0]?.reportCount).toBe(7);
    await saved.place(collectText(document.body, { readStyle: null }));
    expect(requests).toEqual([{ type: 'claimsForPage', url: 'https://news.example/story' }]);
    expect(saved.notFound()).toEqual([]);
  });

  it('carry the page’s new number and say so when the page changed it', async () => {
    showPage(SAVED_TEXT.replace('down 2 ', 'down 4 ').split('\n'));
    const { saved } = setup([savedClaim('c1', '2 Azerbaijani helicopters')]);
    const [placed] = await saved.place(collectText(document.body, { readStyle: null }));
    expect(placed?.range.toString()).toBe('4 Azerbaijani helicopters');
    expect(placed?.figure.value).toBe(4);
    expect(placed?.notice).toBe('This page said 2 when you saved it; it now says 4.');
  });

  it('are listed as not found, not placed, when the page no longer has them', async () => {
    showPage(['Markets were calm.', 'Nothing about helicopters today.']);
    const { saved } = setup([savedClaim('c1', '2 Azerbaijani helicopters')]);
    expect(await saved.place(collectText(document.body, { readStyle: null }))).toEqual([]);
    expect(saved.notFound()).toEqual([
      { id: 'c1', text: '2 Azerbaijani helicopters', metricLabel: 'helicopters shot down' },
    ]);
  });

  it('are not asked for on sites nothing was saved from, until a save there', async () => {
    showPage(SAVED_TEXT.split('\n'));
    const { saved, requests, sites } = setup([savedClaim('c1', '2 Azerbaijani helicopters')], []);
    expect(await saved.place(collectText(document.body, { readStyle: null }))).toEqual([]);
    expect(requests).toEqual([]);
    // The background lists the site when it answers the save; the page re-reads the list.
    sites.push('news.example');
    await saved.saved('https://news.example/story');
    expect(await saved.place(collectText(document.body, { readStyle: null }))).not.toEqual([]);
    expect(requests.map((request) => request.type)).toEqual(['claimsForPage']);
  });

  it('found in the article replace the engine’s mark over the same text, in reading order', () => {
    showPage(['One 4 tanks here.', 'Then 2 helicopters there.']);
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const range = (node: Text | undefined, start: number, end: number) => {
      const made = document.createRange();
      made.setStart(node as Text, start);
      made.setEnd(node as Text, end);
      return made;
    };
    const engine = [
      { id: 'e-tanks', range: range(first, 4, 11) },
      { id: 'e-helis', range: range(second, 5, 18) },
    ];
    const saved = [{ id: 'saved|c1', range: range(second, 5, 18) }];
    expect(withSavedClaims(engine, saved).map((each) => each.id)).toEqual(['e-tanks', 'saved|c1']);
  });
});

describe('the notice of a changed number', () => {
  it('words the changed-number notice as the reader reads it', () => {
    expect(changedNotice('2 Azerbaijani helicopters', '4')).toBe(
      'This page said 2 when you saved it; it now says 4.',
    );
    expect(changedNotice('two helicopters', 'four')).toBe(
      'This page said two when you saved it; it now says four.',
    );
  });
});
