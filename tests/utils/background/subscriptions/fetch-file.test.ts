import { describe, expect, it } from 'vitest';
import { fetchFile, PackFetchError } from '../../../../utils/background/subscriptions/fetch-file';

const URL_ = 'https://desk.example/packs/index.json';
const opts = { maxBytes: 1000, timeoutMs: 200 };

describe('fetching a file of a published pack', () => {
  it('sends the validators it holds and reads a 304 as "not modified"', async () => {
    let sent: Headers | undefined;
    const result = await fetchFile(
      async (_url, init) => {
        sent = new Headers(init?.headers);
        expect(init?.credentials).toBe('omit');
        return new Response(null, { status: 304 });
      },
      URL_,
      { ...opts, etag: '"abc"', lastModified: 'Tue, 29 Sep 2020 10:00:00 GMT' },
    );
    expect(result).toEqual({ status: 'not-modified' });
    expect(sent?.get('If-None-Match')).toBe('"abc"');
    expect(sent?.get('If-Modified-Since')).toBe('Tue, 29 Sep 2020 10:00:00 GMT');
  });

  it('gives up on a host that does not answer in time, saying so', async () => {
    const hang = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    await expect(fetchFile(hang, URL_, opts)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('stops reading a body larger than the limit, whatever Content-Length claims', async () => {
    const big = new Uint8Array(5000);
    const lying = new Response(
      new ReadableStream({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(big.slice(i * 1000, (i + 1) * 1000));
          controller.close();
        },
      }),
      { headers: { 'content-length': '10' } },
    );
    await expect(fetchFile(async () => lying, URL_, opts)).rejects.toMatchObject({ kind: 'too-large' });
    await expect(
      fetchFile(async () => new Response(big, { headers: { 'content-length': '5000' } }), URL_, opts),
    ).rejects.toThrow(/larger than/);
  });

  it('names offline, 404 and server errors, and refuses a redirect to another site', async () => {
    await expect(
      fetchFile(
        async () => {
          throw new TypeError('Failed to fetch');
        },
        URL_,
        opts,
      ),
    ).rejects.toMatchObject({ kind: 'offline' });
    await expect(fetchFile(async () => new Response('', { status: 404 }), URL_, opts)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(
      await fetchFile(async () => new Response('', { status: 404 }), URL_, { ...opts, missingOk: true }),
    ).toEqual({
      status: 'missing',
    });
    await expect(fetchFile(async () => new Response('', { status: 503 }), URL_, opts)).rejects.toThrow(
      /HTTP 503/,
    );
    const moved = new Response('{}', { status: 200 });
    Object.defineProperty(moved, 'url', { value: 'https://elsewhere.example/index.json' });
    await expect(fetchFile(async () => moved, URL_, opts)).rejects.toBeInstanceOf(PackFetchError);
  });
});
