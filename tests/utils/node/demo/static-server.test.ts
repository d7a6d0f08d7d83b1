import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../../../utils/node/demo/static-server';

let workDir: string;
let server: StaticServer;

/** A raw request: fetch() would normalise `..` away before it reaches the server. */
function rawGet(rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'crosstally-server-'));
  const root = path.join(workDir, 'root');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, 'page.html'), '<p>page</p>');
  writeFileSync(path.join(root, 'style.css'), 'p{}');
  writeFileSync(path.join(root, 'data.json'), '{}');
  writeFileSync(path.join(root, 'sub', 'index.html'), '<p>sub</p>');
  writeFileSync(path.join(workDir, 'secret.txt'), 'secret');
  symlinkSync(path.join(workDir, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 at a free port', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves files with their content types, and index.html for folders', async () => {
    expect(await rawGet('/page.html')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>page</p>',
    });
    expect(await rawGet('/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect(await rawGet('/data.json')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
    });
    expect(await rawGet('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(await rawGet('/sub/')).toMatchObject({ status: 200, body: '<p>sub</p>' });
    expect(await rawGet('/page.html?cache=1#x')).toMatchObject({ status: 200, body: '<p>page</p>' });
  });

  it('answers 404 for missing files', async () => {
    expect((await rawGet('/missing.html')).status).toBe(404);
  });

  it('never serves a file outside its root', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/sub/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/page.html%00.txt',
      '/link.txt',
    ]) {
      const response = await rawGet(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('serves GET and HEAD only', async () => {
    expect(await rawGet('/page.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await rawGet('/page.html', 'POST')).status).toBe(405);
  });

  it('builds absolute URLs for paths on the server', () => {
    expect(server.url('page.html')).toBe(`${server.origin}/page.html`);
  });
});
