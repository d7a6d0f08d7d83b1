/**
 * A fake static host for subscription tests: files by URL, strong ETags, conditional requests
 * answered with 304, and switches for the failures a real host shows (down, 404, slow).
 */
import { sha256Hex } from '../../../../utils/store/published/signature';

export interface StaticHost {
  files: Map<string, Uint8Array<ArrayBuffer>>;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** URLs fetched with a 200 (not 304) answer, in order. */
  served: string[];
  down: boolean;
  put(url: string, text: string): void;
}

export function staticHost(): StaticHost {
  const host: StaticHost = {
    files: new Map(),
    served: [],
    down: false,
    put(url, text) {
      host.files.set(url, new TextEncoder().encode(text));
    },
    async fetch(url, init) {
      if (host.down) throw new TypeError('Failed to fetch');
      const body = host.files.get(url);
      if (!body) return new Response('not found', { status: 404 });
      const etag = `"${(await sha256Hex(body)).slice(0, 16)}"`;
      const sent = new Headers(init?.headers).get('If-None-Match');
      if (sent === etag) return new Response(null, { status: 304, headers: { etag } });
      host.served.push(url);
      return new Response(body, { status: 200, headers: { etag, 'content-length': String(body.length) } });
    },
  };
  return host;
}
