import { describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleRequest } from '../../../utils/background/handler';
import { fixturePack, freshDb } from '../store/helpers';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

function context(openExtensionTab: (path: string) => Promise<unknown>): HandlerContext {
  return {
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}/`,
    seedPack: fixturePack(),
    openExtensionTab,
  };
}

describe('openReader', () => {
  it('lets a content script open the reader at a claim, the background building the address', async () => {
    const open = vi.fn(async () => undefined);
    const response = await handleRequest(
      freshDb(),
      { type: 'openReader', sourceId: 'doc&one', claimId: 'doc&one#helicopters@12' },
      { id: ID, url: 'https://news.example/article' },
      context(open),
    );
    expect(response).toEqual({ ok: true, data: { opened: true } });
    expect(open).toHaveBeenCalledWith('reader.html?source=doc%26one&claim=doc%26one%23helicopters%4012');
  });

  it('refuses other extensions and malformed requests, opening nothing', async () => {
    const open = vi.fn(async () => undefined);
    const db = freshDb();
    const foreign = await handleRequest(
      db,
      { type: 'openReader', sourceId: 'a', claimId: 'b' },
      { id: 'other' },
      context(open),
    );
    expect(foreign.ok).toBe(false);
    const extra = await handleRequest(
      db,
      { type: 'openReader', sourceId: 'a', claimId: 'b', url: 'https://evil.example' },
      { id: ID, url: 'https://news.example/' },
      context(open),
    );
    expect(!extra.ok && extra.error.code).toBe('bad-request');
    expect(open).not.toHaveBeenCalled();
  });
});
