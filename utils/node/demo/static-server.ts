/**
 * A minimal static file server on 127.0.0.1 for the demo and the end-to-end tests: content
 * scripts do not run on data: or file: pages, so test pages are served over http. Serves only
 * files under its root, GET and HEAD only.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Absolute URL of a path on the server (`url('seed-000.html')`). */
  url(pathname?: string): string;
  close(): Promise<void>;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps a request path to a file under `root`, or null when it is malformed or leaves the root
 * (`..`, encoded slashes or backslashes, NUL bytes, symlinks pointing outside).
 */
export async function resolveRequestPath(root: string, requestUrl: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').includes('..')) return null;
  let file = path.resolve(root, `.${pathname}`);
  if (!isInside(root, file)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const real = await realpath(file);
    return isInside(await realpath(root), real) ? real : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(message);
}

export interface StaticServerOptions {
  /** Extra response headers for a request (tests serve pages under a strict Content-Security-Policy). */
  headersFor?: (url: URL) => Record<string, string | undefined>;
}

async function handle(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: StaticServerOptions,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'Method not allowed');
    return;
  }
  const file = await resolveRequestPath(root, request.url ?? '/');
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    send(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    ...options.headersFor?.(new URL(request.url ?? '/', 'http://127.0.0.1')),
    'content-type': contentTypeFor(file),
    'content-length': info.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Serves `rootDir` on 127.0.0.1 at a free port chosen by the OS. */
export async function startStaticServer(
  rootDir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = createServer((request, response) => {
    handle(root, request, response, options).catch(() => {
      if (!response.headersSent) send(response, 500, 'Server error');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname = '/') => new URL(pathname, `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
