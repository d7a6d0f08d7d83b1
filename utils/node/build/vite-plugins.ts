/**
 * The Vite plugins the extension's build adds (wxt.config.ts), both for the content script:
 * it runs on every page the reader opens, so what it costs there is worth a build step.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The always-on content script (entrypoints/content.ts) talks to the browser through the
 * browser's own promise-based API (`browser` in Firefox, `chrome` in Chromium MV3) instead of
 * webextension-polyfill, whose set-up costs every page a few milliseconds of main thread (README
 * "Benchmarks"). Everything else, its on-demand part included, keeps the polyfill. Only the build
 * of that one entrypoint is affected.
 */
export function nativeBrowserInAlwaysOnScript(
  alwaysOnEntry = path.resolve('entrypoints/content.ts'),
): Plugin {
  let active = false;
  return {
    name: 'crosstally:native-browser-in-always-on-script',
    enforce: 'pre',
    options(rollup) {
      const input = rollup.input;
      const entries = typeof input === 'string' ? [input] : Object.values(input ?? {});
      // WXT names a content script's input `…virtual:wxt-content-script-…-entrypoint?<file>`.
      active = entries.some(
        (entry) => path.resolve(entry.replace(/^.*virtual:[^?]*\?/, '')) === alwaysOnEntry,
      );
    },
    resolveId(source, importer, resolveOptions) {
      if (!active || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { ...resolveOptions, skipSelf: true });
    },
  };
}

/** V8's explicit compile hint for a whole file; other engines read a comment. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The files that get it: the content script's on-demand part. The always-on part was measured
 * with it too and gained nothing (compiled on the main thread either way, and small).
 */
export const COMPILE_HINTED_FILES = ['page-work.js'];

/**
 * Starts the content script's on-demand part with V8's compile hint. It runs most of its
 * functions as soon as a coverage page is found, and V8 would otherwise compile each one lazily
 * on the page's main thread at its first call; with the hint Chromium compiles them all on a
 * background thread while the file streams in. Measured in Chromium 156 (README "Benchmarks"):
 * the marking step on a seed article 9.0 → 6.0 ms, and the content script's whole main-thread
 * time there 67 → 50 ms.
 */
export function compileHintForOnDemandScript(files: readonly string[] = COMPILE_HINTED_FILES): Plugin {
  const hinted = new Set(files);
  return {
    name: 'crosstally:compile-hint-for-on-demand-script',
    apply: 'build',
    // Last: after minification (which drops comments) and after WXT's own rewrites of the file's
    // start (it unnames the IIFE by matching `^var name =`).
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !hinted.has(output.fileName)) continue;
        if (!output.code.startsWith(COMPILE_HINT)) output.code = `${COMPILE_HINT}\n${output.code}`;
      }
    },
  };
}

/** The lexicons parsed only on demand: every language but English, whose grammar is always used. */
export const LAZY_LEXICON_DIR = path.resolve('assets/lang');
const EAGER_LEXICONS = new Set(['en.json', 'detect.json']);
const LEXICON_PREFIX = '\0crosstally-lexicon:';
const LEXICON_SUFFIX = '.lexicon.js';

/**
 * Turns each language lexicon (assets/lang/<code>.json) into a module whose default export loads
 * it: the file's text is kept as a string and parsed at the first call, so the service worker,
 * which wakes often in MV3, parses only the languages of the pages it reads (all seven cost
 * about 2.6 ms per wake otherwise). utils/engine/lexicons.ts calls the loader.
 */
export function lazyLanguageLexicons(dir = LAZY_LEXICON_DIR): Plugin {
  return {
    name: 'crosstally:lazy-language-lexicons',
    enforce: 'pre',
    async resolveId(source, importer, resolveOptions) {
      if (!source.endsWith('.json') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      const file = resolved?.id.split('?')[0];
      if (!file || path.dirname(file) !== dir || EAGER_LEXICONS.has(path.basename(file))) return null;
      // Not ending in .json: the built-in JSON plugin would parse the module this one writes.
      return `${LEXICON_PREFIX}${file.replace(/\.json$/, LEXICON_SUFFIX)}`;
    },
    async load(id) {
      if (!id.startsWith(LEXICON_PREFIX)) return null;
      const file = id.slice(LEXICON_PREFIX.length).replace(LEXICON_SUFFIX, '.json');
      this.addWatchFile(file);
      const { readFile } = await import('node:fs/promises');
      return lazyLexiconModule(await readFile(file, 'utf8'));
    },
  };
}

/** The module for one lexicon's text; refuses text that is not JSON at build time. */
export function lazyLexiconModule(json: string): string {
  JSON.parse(json);
  return [
    `const text = ${JSON.stringify(JSON.stringify(JSON.parse(json)))};`,
    'let parsed;',
    'export default function loadLexicon() {',
    '  if (parsed === undefined) parsed = JSON.parse(text);',
    '  return parsed;',
    '}',
    '',
  ].join('\n');
}
