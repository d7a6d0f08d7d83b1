/** Bundle sizes per entrypoint, on a small fake build: what each entrypoint loads is followed. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureBundleSizes } from './bundle-sizes';

let root: string;
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({
    content_scripts: [{ js: ['content-scripts/content.js'] }],
    background: { service_worker: 'background.js' },
    web_accessible_resources: [{ resources: ['page-work.js', 'icon.png'] }],
  }),
  'page-work.js': 'console.log("the content script\'s on-demand part")',
  'icon.png': 'not a script',
  'content-scripts/content.js': 'console.log("content")',
  'background.js': 'import{a as b}from"./chunks/shared-1.js";b()',
  'chunks/shared-1.js': 'export const a=()=>1;',
  'chunks/page-2.js': 'import"./shared-1.js";const l=()=>import("./lazy-3.js");',
  'chunks/lazy-3.js': 'export default "x".repeat(10)',
  'assets/page-4.css': 'body{margin:0}',
  'options.html':
    '<script type="module" src="/chunks/page-2.js"></script><link rel="stylesheet" href="/assets/page-4.css">',
};
const gz = (name: string) => gzipSync(files[name] as string, { level: 9 }).length;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bundle-sizes-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('measureBundleSizes', () => {
  it('sums what each entrypoint loads at start, gzipped file by file', () => {
    const sizes = Object.fromEntries(measureBundleSizes(root).map((entry) => [entry.name, entry]));
    expect(sizes.content?.kind).toBe('content script');
    expect(sizes.content?.gzipBytes).toBe(gz('content-scripts/content.js'));
    // Its on-demand part is imported by URL from the web-accessible scripts, not at start.
    expect(sizes.content?.files).toEqual(['content-scripts/content.js']);
    expect(sizes.content?.lazyGzipBytes).toBe(gz('page-work.js'));
    expect(sizes.background?.files.sort()).toEqual(['background.js', 'chunks/shared-1.js']);
    expect(sizes.background?.gzipBytes).toBe(gz('background.js') + gz('chunks/shared-1.js'));
    expect(sizes.options?.files.sort()).toEqual([
      'assets/page-4.css',
      'chunks/page-2.js',
      'chunks/shared-1.js',
      'options.html',
    ]);
  });

  it('lists dynamically imported chunks apart', () => {
    const options = measureBundleSizes(root).find((entry) => entry.name === 'options');
    expect(options?.files).not.toContain('chunks/lazy-3.js');
    expect(options?.lazyGzipBytes).toBe(gz('chunks/lazy-3.js'));
  });
});
