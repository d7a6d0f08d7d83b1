/**
 * Fetching one file of a published pack, defensively: a time limit, a size limit read while the
 * body streams (a lying Content-Length does not help), no cookies, never the browser's cache, and no
 * redirect away from the origin the reader granted. Every failure is a key of the error catalog,
 * which the manager renders in the reader's language; its message is the English sentence.
 */
import { type ErrorKey, type ErrorParams, englishError } from '../../i18n/error-messages';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchedFile {
  status: 'ok';
  bytes: Uint8Array<ArrayBuffer>;
  etag: string | null;
  lastModified: string | null;
}

export class PackFetchError extends Error {
  readonly kind: 'offline' | 'timeout' | 'not-found' | 'http' | 'too-large' | 'redirect';
  readonly key: ErrorKey;
  readonly params: ErrorParams;
  constructor(kind: PackFetchError['kind'], key: ErrorKey, params: ErrorParams = {}) {
    super(englishError(key, params));
    this.name = 'PackFetchError';
    this.kind = kind;
    this.key = key;
    this.params = params;
  }
}

export interface FetchFileOptions {
  maxBytes: number;
  timeoutMs: number;
  /** For a conditional request: the validators of the copy we hold. */
  etag?: string | null;
  lastModified?: string | null;
  /** 404 is an answer, not a failure (an unsigned pack has no .sig). */
  missingOk?: boolean;
}

function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

async function readLimited(
  response: Response,
  maxBytes: number,
  url: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () =>
    new PackFetchError('too-large', 'error.fetchTooLarge', { url, size: Math.round(maxBytes / 1024 / 1024) });
  if (declared > maxBytes) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** One GET. Resolves 'not-modified' (304) or 'missing' (404 with missingOk); throws PackFetchError. */
export async function fetchFile(
  fetchImpl: FetchLike,
  url: string,
  options: FetchFileOptions,
): Promise<FetchedFile | { status: 'not-modified' } | { status: 'missing' }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const headers: Record<string, string> = {};
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch {
      if (controller.signal.aborted) {
        throw new PackFetchError('timeout', 'error.fetchTimeout', { url, seconds: options.timeoutMs / 1000 });
      }
      throw new PackFetchError('offline', 'error.fetchOffline', { url });
    }
    if (response.url && originOf(response.url) !== originOf(url)) {
      throw new PackFetchError('redirect', 'error.fetchRedirect', { url, origin: originOf(response.url) });
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status === 404 || response.status === 410) {
      if (options.missingOk) return { status: 'missing' };
      throw new PackFetchError('not-found', 'error.fetchNotFound', { url, status: String(response.status) });
    }
    if (!response.ok)
      throw new PackFetchError('http', 'error.fetchHttp', { url, status: String(response.status) });
    const bytes = await readLimited(response, options.maxBytes, url).catch((error: unknown) => {
      if (error instanceof PackFetchError) throw error;
      if (controller.signal.aborted) {
        throw new PackFetchError('timeout', 'error.fetchUnfinished', {
          url,
          seconds: options.timeoutMs / 1000,
        });
      }
      throw new PackFetchError('offline', 'error.fetchBrokeOff', { url });
    });
    return {
      status: 'ok',
      bytes,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}
