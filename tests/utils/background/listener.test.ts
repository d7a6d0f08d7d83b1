import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../utils/background/handler';
import {
  createPostedRequestListener,
  createRequestListener,
  type PostedMessageEvent,
} from '../../../utils/background/listener';
import type { AnyResponse } from '../../../utils/messaging/protocol';
import type { CrosstallyDb } from '../../../utils/store/db';
import { fixturePack, freshDb } from '../store/helpers';

const EXTENSION_ID = 'crosstally-test-id';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const context = (): HandlerContext => ({
  extensionId: EXTENSION_ID,
  extensionOrigin: ORIGIN,
  seedPack: fixturePack(),
});
const packText = JSON.stringify(fixturePack());
const upload = (uploadId: string) => ({ type: 'importUpload', uploadId, index: 0, count: 1, text: packText });

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Posts `data` from a window at `url` as the worker would receive it; resolves with the reply on the port. */
async function post(data: unknown, url: string | undefined): Promise<AnyResponse> {
  const channel = new MessageChannel();
  const replied = new Promise<AnyResponse>((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data as AnyResponse);
  });
  const work: Promise<unknown>[] = [];
  const event: PostedMessageEvent = {
    data,
    source: url === undefined ? null : { url },
    ports: [channel.port2],
    waitUntil: (promise) => work.push(promise),
  };
  createPostedRequestListener(db, context)(event);
  const reply = await replied;
  await Promise.all(work);
  channel.port1.close();
  return reply;
}

/** Asks the way runtime messaging does, from the manager page. */
function ask(message: unknown): Promise<AnyResponse> {
  return new Promise((resolve) => {
    createRequestListener(db, context)(message, { id: EXTENSION_ID, url: `${ORIGIN}/options.html` }, resolve);
  });
}

describe("the worker's posted requests", () => {
  it("takes a pack file's text from the extension's own page, as runtime messaging would", async () => {
    const reply = await post(upload('file-1'), `${ORIGIN}/options.html`);
    expect(reply).toEqual({ ok: true, data: { chars: packText.length } });
    const preview = await ask({ type: 'importPreview', uploadId: 'file-1' });
    expect(preview).toMatchObject({
      ok: true,
      data: { claims: { added: 0, unchanged: fixturePack().claims.length } },
    });
  });

  it('refuses a window of another origin, or none, and keeps nothing it sent', async () => {
    for (const url of ['https://news.example/karabakh', undefined]) {
      const reply = await post(upload('file-2'), url);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await ask({ type: 'importPreview', uploadId: 'file-2' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('answers only the requests pages post to it, even from its own page', async () => {
    const reset = await post({ type: 'resetToSeed' }, `${ORIGIN}/options.html`);
    expect(reset).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const data of [null, 'importUpload', { type: 'importUpload' }]) {
      const reply = await post(data, `${ORIGIN}/options.html`);
      expect(reply.ok).toBe(false);
    }
  });

  it('drops a message with no port to answer on', () => {
    const work: Promise<unknown>[] = [];
    createPostedRequestListener(
      db,
      context,
    )({
      data: upload('file-3'),
      source: { url: `${ORIGIN}/options.html` },
      ports: [],
      waitUntil: (promise) => work.push(promise),
    });
    expect(work).toHaveLength(0);
  });
});
