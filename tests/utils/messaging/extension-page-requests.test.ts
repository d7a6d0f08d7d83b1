import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerContext } from '../../../utils/background/handler';
import { createPostedRequestListener, createRequestListener } from '../../../utils/background/listener';
import { sendFromExtensionPage } from '../../../utils/messaging/extension-page-requests';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixturePack, freshDb } from '../store/helpers';

const context = (): HandlerContext => ({
  extensionId: fakeBrowser.runtime.id,
  extensionOrigin: fakeBrowser.runtime.getURL('/'),
  seedPack: fixturePack(),
});
const pageUrl = () => fakeBrowser.runtime.getURL('/options.html');
const upload = {
  type: 'importUpload',
  uploadId: 'file-1',
  index: 0,
  count: 1,
  text: '{"claims": []}',
} as const;

let db: CrosstallyDb;
/** Requests that reached the background by runtime messaging, and by the worker's port. */
let byRuntime: string[];
let posted: string[];

/** A service worker at `scriptURL`: the background's posted-request listener, or one that never answers. */
function worker(scriptURL: string, answers = true) {
  const listener = createPostedRequestListener(db, context);
  return {
    scriptURL,
    postMessage(data: { type: string }, ports: MessagePort[]) {
      posted.push(data.type);
      if (!answers) {
        ports[0]?.close();
        return;
      }
      listener({ data, source: { url: pageUrl() }, ports, waitUntil: () => undefined });
    },
  };
}

function registeredWorker(active: ReturnType<typeof worker> | null) {
  vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ active }) } });
}

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  byRuntime = [];
  posted = [];
  const answer = createRequestListener(db, context);
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
    byRuntime.push(message.type);
    // wxt's fake browser sets no sender: answer as the manager page would be answered.
    return answer(message, { id: fakeBrowser.runtime.id, url: pageUrl() }, sendResponse);
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('requests from extension pages', () => {
  it("posts a file's text to the extension's own service worker, not through runtime messaging", async () => {
    registeredWorker(worker(fakeBrowser.runtime.getURL('/background.js')));
    const response = await sendFromExtensionPage(upload);
    expect(response).toEqual({ ok: true, data: { chars: upload.text.length } });
    expect(posted).toEqual(['importUpload']);
    expect(byRuntime).toEqual([]);
  });

  it('sends every other request by runtime messaging', async () => {
    registeredWorker(worker(fakeBrowser.runtime.getURL('/background.js')));
    const response = await sendFromExtensionPage({ type: 'storageEstimate' });
    expect(response.ok).toBe(true);
    expect(byRuntime).toEqual(['storageEstimate']);
    expect(posted).toEqual([]);
  });

  it("never posts to a worker that is not the extension's, nor where there is none (Firefox)", async () => {
    registeredWorker(worker('https://news.example/sw.js'));
    expect((await sendFromExtensionPage(upload)).ok).toBe(true);
    registeredWorker(null);
    expect((await sendFromExtensionPage(upload)).ok).toBe(true);
    vi.stubGlobal('navigator', {});
    expect((await sendFromExtensionPage(upload)).ok).toBe(true);
    vi.stubGlobal('navigator', {
      serviceWorker: {
        getRegistration: () => Promise.reject(new DOMException('Service workers are off', 'SecurityError')),
      },
    });
    expect((await sendFromExtensionPage(upload)).ok).toBe(true);
    expect(posted).toEqual([]);
    expect(byRuntime).toEqual(['importUpload', 'importUpload', 'importUpload', 'importUpload']);
  });

  it('says the background did not answer when the worker stops without a reply', async () => {
    registeredWorker(worker(fakeBrowser.runtime.getURL('/background.js'), false));
    const response = await sendFromExtensionPage(upload);
    expect(response).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
