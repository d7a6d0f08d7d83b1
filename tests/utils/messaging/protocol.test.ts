import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerContext } from '../../../utils/background/handler';
import { createRequestListener } from '../../../utils/background/listener';
import { type AnyResponse, sendRequest } from '../../../utils/messaging/protocol';
import { fixturePack, freshDb } from '../store/helpers';

const context = (): HandlerContext => ({
  extensionId: fakeBrowser.runtime.id,
  extensionOrigin: fakeBrowser.runtime.getURL('/'),
  seedPack: fixturePack(),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sendRequest through the browser', () => {
  it('gets the background listener’s typed reply (sendResponse + return true)', async () => {
    fakeBrowser.runtime.onMessage.addListener(createRequestListener(freshDb(), context));
    // wxt's fake browser sends no sender id, so the background must refuse: the refusal proves the
    // round trip, typed, through the real listener.
    const response = await sendRequest({ type: 'search', query: 'helicopters' });
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Requests are answered only for Crosstally itself.',
        key: 'error.forbidden',
      },
    });
  });

  it('reports a background that cannot be reached as a typed error, without throwing', async () => {
    const response = await sendRequest({ type: 'counts' });
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error.code).toBe('unreachable');
  });
});

describe('the background listener', () => {
  it('answers an extension page through sendResponse and keeps the channel open', async () => {
    const listener = createRequestListener(freshDb(), context);
    const reply = new Promise<AnyResponse>((resolve) => {
      const keptOpen = listener(
        { type: 'search', query: 'four helicopters' },
        { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/manager.html') },
        resolve,
      );
      expect(keptOpen).toBe(true);
    });
    const response = await reply;
    expect(response.ok && (response.data as { total: number }).total).toBeGreaterThan(0);
  });
});
