/**
 * Measurement 6: what each entrypoint of the built extension makes the browser load, gzipped.
 *
 * Entrypoints come from the manifest (content scripts, background) and the extension's HTML pages.
 * A page loads its <script src>, <link rel=modulepreload> and stylesheets; every script loads what
 * it imports statically, followed transitively. Each file is gzipped alone (level 9) and the sizes
 * of an entrypoint's files are summed; a chunk shared by two pages counts in both. Dynamic
 * imports load later, on demand: listed apart. For a content script, on demand also means the
 * web-accessible scripts it imports by URL (its on-demand part, utils/content/page-work-loader.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrypointSize {
  name: string;
  kind: 'content script' | 'background' | 'page';
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Chunks imported dynamically (loaded on demand), with their gzipped size. */
  lazyGzipBytes: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  /** MV3 lists objects, MV2 plain paths. */
  web_accessible_resources?: (string | { resources?: string[] })[];
}

function webAccessibleScripts(manifest: Manifest): string[] {
  return (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])))
    .filter((file) => file.endsWith('.js'));
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;
const PAGE_ASSET = /<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+)["']/g;

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Resolves `reference` from `fromFile` inside the extension folder ("/chunks/x.js" is root-relative). */
function resolveIn(root: string, fromFile: string, reference: string): string {
  return reference.startsWith('/')
    ? path.join(root, reference)
    : path.resolve(path.dirname(fromFile), reference);
}

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] as string);
}

/** `entry` and every script it imports statically; dynamic imports go to `lazy`. */
function closure(root: string, entries: string[]): { files: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(file, 'utf8');
    for (const reference of matchesOf(STATIC_IMPORT, source)) queue.push(resolveIn(root, file, reference));
    for (const reference of matchesOf(DYNAMIC_IMPORT, source)) lazy.add(resolveIn(root, file, reference));
  }
  for (const file of files) lazy.delete(file);
  return { files, lazy };
}

function entrypoint(
  root: string,
  name: string,
  kind: EntrypointSize['kind'],
  entries: string[],
  onDemand: string[] = [],
): EntrypointSize {
  const { files, lazy } = closure(root, entries);
  for (const file of onDemand) lazy.add(file);
  const lazyAll = closure(root, [...lazy]).files;
  for (const file of files) lazyAll.delete(file);
  const list = [...files];
  return {
    name,
    kind,
    files: list.map((file) => path.relative(root, file)),
    rawBytes: list.reduce((sum, file) => sum + readFileSync(file).length, 0),
    gzipBytes: list.reduce((sum, file) => sum + gzipSize(file), 0),
    lazyGzipBytes: [...lazyAll].reduce((sum, file) => sum + gzipSize(file), 0),
  };
}

export function measureBundleSizes(extensionDir: string): EntrypointSize[] {
  const root = path.resolve(extensionDir);
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Manifest;
  const sizes: EntrypointSize[] = [];
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])].map((file) => path.join(root, file));
    const name = path.basename(script.js?.[0] ?? 'content', '.js');
    const onDemand = webAccessibleScripts(manifest).map((file) => path.join(root, file));
    sizes.push(entrypoint(root, name, 'content script', files, onDemand));
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) sizes.push(entrypoint(root, 'background', 'background', [path.join(root, background)]));
  for (const page of readdirSync(root)
    .filter((file) => file.endsWith('.html'))
    .sort()) {
    const file = path.join(root, page);
    const assets = matchesOf(PAGE_ASSET, readFileSync(file, 'utf8')).map((reference) =>
      resolveIn(root, file, reference),
    );
    sizes.push(entrypoint(root, path.basename(page, '.html'), 'page', [file, ...assets]));
  }
  return sizes;
}
