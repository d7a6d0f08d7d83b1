/**
 * Loads the on-demand part of the content script (entrypoints/page-work.ts, built as
 * `/page-work.js`) into this page's content-script world, once.
 *
 * The file is imported from the extension's origin: a dynamic `import()` in a content script runs
 * the module in the content script's isolated world (Chromium) or sandbox (Firefox), never in the
 * page's. The module hands its start function over through this world's global object, which the
 * page cannot see. The file is a web-accessible resource only because the browser requires it; in
 * Chromium it is reachable only at a per-session URL (`use_dynamic_url`), so pages cannot probe
 * for it to fingerprint readers.
 */
import { browser } from 'wxt/browser';
import type { StartPageWork } from './page-work';

/** The built file of entrypoints/page-work.ts. */
export const PAGE_WORK_FILE = '/page-work.js';

const HANDOVER = Symbol.for('crosstally.page-work');
type Handover = Partial<Record<typeof HANDOVER, StartPageWork>>;

/** Called by the on-demand part when it has loaded. */
export function providePageWork(start: StartPageWork, global: object = globalThis): void {
  (global as Handover)[HANDOVER] = start;
}

export interface LoadPageWorkOptions {
  /** Imports a module by URL (tests give their own). */
  importModule?: (url: string) => Promise<unknown>;
  url?: string;
  global?: object;
}

/** The on-demand part's start function, importing its file the first time. */
export async function loadPageWork(options: LoadPageWorkOptions = {}): Promise<StartPageWork> {
  const global = (options.global ?? globalThis) as Handover;
  if (!global[HANDOVER]) {
    const url = options.url ?? browser.runtime.getURL(PAGE_WORK_FILE as '/');
    const importModule = options.importModule ?? ((href: string) => import(/* @vite-ignore */ href));
    await importModule(url);
  }
  const start = global[HANDOVER];
  if (typeof start !== 'function') throw new Error(`Crosstally: ${PAGE_WORK_FILE} loaded without starting`);
  return start;
}
