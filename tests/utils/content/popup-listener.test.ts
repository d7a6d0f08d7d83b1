import { describe, expect, it, vi } from 'vitest';
import { createPopupMessageListener, isOwnExtensionPage } from '../../../utils/content/popup-listener';
import type { PageStatus } from '../../../utils/messaging/protocol';

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
