import { describe, expect, it, vi } from 'vitest';
import { createPopupMessageListener, isOwnExtensionPage } from '../../../utils/content/popup-listener';
import type { ArticleSnapshot, PageStatus } from '../../../utils/messaging/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ROOT = `chrome-extension://${ID}/`;
const status: PageStatus = { hostname: 'news.example', status: { kind: 'loading' }, figures: [] };

function setup() {
  const controller = new AbortController();
  const showFigure = vi.fn((id: string) => id === 'known');
  const listener = createPopupMessageListener({
    signal: controller.signal,
    pageStatus: () => status,
    showFigure,
    extensionId: ID,
    extensionRoot: ROOT,
  });
  const ask = (message: unknown, sender: { id?: string; url?: string }) => {
    const reply = vi.fn();
    listener(message, sender, reply);
    return reply.mock.calls[0]?.[0];
  };
  return { controller, showFigure, ask };
}

describe('the content script’s answers to the popup', () => {
  it('answers this extension’s popup', () => {
    const { ask, showFigure } = setup();
    const popup = { id: ID, url: `${ROOT}popup.html` };
    expect(ask({ type: 'getPageStatus' }, popup)).toEqual(status);
    expect(ask({ type: 'showFigure', id: 'known' }, popup)).toEqual({ shown: true });
    expect(ask({ type: 'showFigure', id: 'gone' }, popup)).toEqual({ shown: false });
    expect(showFigure).toHaveBeenCalledTimes(2);
  });

  it('answers nobody else: other extensions, web pages, content scripts, malformed requests', () => {
    const { ask, showFigure } = setup();
    expect(
      ask({ type: 'getPageStatus' }, { id: 'another-extension', url: 'chrome-extension://other/popup.html' }),
    ).toBeUndefined();
    expect(ask({ type: 'getPageStatus' }, { id: ID, url: 'https://news.example/article' })).toBeUndefined();
    expect(ask({ type: 'getPageStatus' }, {})).toBeUndefined();
    expect(ask({ type: 'showFigure', id: 42 }, { id: ID, url: `${ROOT}popup.html` })).toBeUndefined();
    expect(
      ask({ type: 'showFigure', id: 'x'.repeat(5000) }, { id: ID, url: `${ROOT}popup.html` }),
    ).toBeUndefined();
    expect(ask('getPageStatus', { id: ID, url: `${ROOT}popup.html` })).toBeUndefined();
    expect(showFigure).not.toHaveBeenCalled();
  });

  it('stops answering once torn down', () => {
    const { ask, controller } = setup();
    controller.abort();
    expect(ask({ type: 'getPageStatus' }, { id: ID, url: `${ROOT}popup.html` })).toBeUndefined();
  });

  it('recognises only pages under the extension’s own root', () => {
    expect(isOwnExtensionPage({ id: ID, url: `${ROOT}reader.html` }, ID, ROOT)).toBe(true);
    expect(isOwnExtensionPage({ id: ID, url: `chrome-extension://${ID}evil/x.html` }, ID, ROOT)).toBe(false);
  });
});

describe('“Check this figure” from the background', () => {
  function checkSetup() {
    const controller = new AbortController();
    const checkSelection = vi.fn(async (request: { frame?: 'embedded' }) =>
      request.frame === 'embedded' ? ('frame' as const) : ('figure' as const),
    );
    const listener = createPopupMessageListener({
      signal: controller.signal,
      pageStatus: () => status,
      showFigure: () => false,
      checkSelection,
      extensionId: ID,
      extensionRoot: ROOT,
    });
    return { listener, checkSelection };
  }

  it('answers the service worker once the check is done, keeping the channel open meanwhile', async () => {
    const { listener, checkSelection } = checkSetup();
    const reply = vi.fn();
    const worker = { id: ID, url: `${ROOT}background.js` };
    expect(listener({ type: 'checkSelection' }, worker, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ answer: 'figure' }));
    const framed = vi.fn();
    listener({ type: 'checkSelection', frame: 'embedded' }, worker, framed);
    await vi.waitFor(() => expect(framed).toHaveBeenCalledWith({ answer: 'frame' }));
    expect(checkSelection.mock.calls).toEqual([
      [{ type: 'checkSelection' }],
      [{ type: 'checkSelection', frame: 'embedded' }],
    ]);
  });

  it('ignores checks asked by anyone else', () => {
    const { listener, checkSelection } = checkSetup();
    const reply = vi.fn();
    expect(
      listener({ type: 'checkSelection' }, { id: 'other', url: 'chrome-extension://other/bg.js' }, reply),
    ).toBeUndefined();
    expect(
      listener({ type: 'checkSelection' }, { id: ID, url: 'https://news.example/' }, reply),
    ).toBeUndefined();
    expect(checkSelection).not.toHaveBeenCalled();
  });
});

describe('the manager’s “take the article of this tab”', () => {
  const snapshot: ArticleSnapshot = {
    text: 'Armenia says it shot down two helicopters.',
    truncated: false,
    title: 'Two helicopters',
    url: 'https://news.example/a',
    lang: 'en',
    outlet: 'News Example',
    canonicalUrl: 'https://news.example/a',
    publishedDate: '2020-09-27',
  };

  function articleSetup(article?: () => Promise<ArticleSnapshot | null>) {
    const controller = new AbortController();
    const listener = createPopupMessageListener({
      signal: controller.signal,
      pageStatus: () => status,
      showFigure: () => false,
      ...(article ? { article } : {}),
      extensionId: ID,
      extensionRoot: ROOT,
    });
    return { listener, controller };
  }
  const manager = { id: ID, url: `${ROOT}options.html?tab=12#add` };

  it('answers the manager page with the article once it is read, keeping the channel open meanwhile', async () => {
    const article = vi.fn(async () => snapshot);
    const { listener } = articleSetup(article);
    const reply = vi.fn();
    expect(listener({ type: 'getArticle' }, manager, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ article: snapshot }));
    expect(article).toHaveBeenCalledTimes(1);
  });

  it('answers a failure or a torn-down reading with a reason, never throwing into the page', async () => {
    const failing = articleSetup(async () => {
      throw new Error('walk failed');
    });
    const failed = vi.fn();
    expect(failing.listener({ type: 'getArticle' }, manager, failed)).toBe(true);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith({ article: null, reason: 'error' }));
    const stopped = articleSetup(async () => null);
    const gone = vi.fn();
    stopped.listener({ type: 'getArticle' }, manager, gone);
    await vi.waitFor(() => expect(gone).toHaveBeenCalledWith({ article: null, reason: 'stopped' }));
  });

  it('gives the article to nobody else: web pages, content scripts, other extensions', () => {
    const article = vi.fn(async () => snapshot);
    const { listener, controller } = articleSetup(article);
    const reply = vi.fn();
    const strangers = [
      { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' },
      { id: ID, url: 'https://news.example/a' },
      { id: ID, url: `chrome-extension://${ID}evil/options.html` },
      { id: ID },
      {},
    ];
    for (const sender of strangers) expect(listener({ type: 'getArticle' }, sender, reply)).toBeUndefined();
    controller.abort();
    expect(listener({ type: 'getArticle' }, manager, reply)).toBeUndefined();
    expect(article).not.toHaveBeenCalled();
    expect(reply).not.toHaveBeenCalled();
  });

  it('leaves the request unanswered when the page cannot give its article', () => {
    const { listener } = articleSetup();
    const reply = vi.fn();
    expect(listener({ type: 'getArticle' }, manager, reply)).toBeUndefined();
    expect(reply).not.toHaveBeenCalled();
  });
});
