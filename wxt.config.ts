import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  compileHintForOnDemandScript,
  lazyLanguageLexicons,
  nativeBrowserInAlwaysOnScript,
} from './utils/node/build/vite-plugins';
import { manifestMessage, writeLocales } from './utils/node/i18n/locales';

/** Each browser gets only the keys it knows: Chromium and Firefox warn about the other's. */
function dropOtherBrowsersKeys(
  browser: string,
  manifest: { minimum_chrome_version?: string; browser_specific_settings?: unknown },
): void {
  if (browser === 'firefox') delete manifest.minimum_chrome_version;
  else delete manifest.browser_specific_settings;
}

/**
 * The content script's on-demand part (utils/content/page-work-loader.ts) is imported from the
 * extension's origin, which browsers allow only for web-accessible files. Chromium serves it
 * only at a per-session URL so pages cannot probe for it; Firefox's add-on URLs are already
 * random per install.
 */
function pageWorkResource(browser: string) {
  return {
    resources: ['page-work.js'],
    matches: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
  };
}

/** Where a subscribed pack may live: https anywhere, http only on this computer (see subscription.ts). */
const PACK_HOST_PATTERNS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  // No auto-imports: every module names what it uses, so the layering (README "Architecture") is
  // visible in the imports and checked by the linter; Node-only code is never mistaken for app code.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Readable function names for profiles (tests/bench/import-profile.ts).
    build: process.env.CROSSTALLY_NO_MINIFY === '1' ? { minify: false } : {},
    plugins: [
      preact(),
      nativeBrowserInAlwaysOnScript(),
      compileHintForOnDemandScript(),
      lazyLanguageLexicons(),
    ],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // The words are the catalogs' (utils/i18n/messages), written to public/_locales by the build.
    name: manifestMessage('manifest.name'),
    description: manifestMessage('manifest.description'),
    // A browser that does not know the reader's language as an extension locale shows English.
    default_locale: 'en',
    // contextMenus: the "Check this figure" item on selected text; alarms: the scheduled refresh of
    // pack subscriptions (README "Permissions").
    permissions: ['storage', 'contextMenus', 'alarms'],
    // Asked for one origin at a time, when the reader subscribes to a pack hosted there; never all sites.
    ...(manifestVersion === 3
      ? { optional_host_permissions: PACK_HOST_PATTERNS }
      : { optional_permissions: PACK_HOST_PATTERNS }),
    web_accessible_resources: [pageWorkResource(browser)],
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: manifestMessage('manifest.checkCommand'),
      },
    },
    // The CSS Custom Highlight API marks figures without changing the page's DOM.
    minimum_chrome_version: '105',
    browser_specific_settings: {
      gecko: {
        // Fixed so updates and stored data follow the add-on; tests pin its moz-extension UUID by it.
        id: 'crosstally@crosstally.invalid',
        // Firefox 140 (ESR) is the first with the CSS Custom Highlight API the marks are painted with.
        strict_min_version: '140.0',
        // Nothing leaves the reader's machine; Firefox shows this at install.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // The manifest's words come from the catalogs: written before every build, so they cannot drift.
    'build:before': (wxt) => writeLocales(wxt.config.root),
    'build:manifestGenerated': (wxt, manifest) => dropOtherBrowsersKeys(wxt.config.browser, manifest),
  },
  zip: {
    // WXT's {{manifestVersion}} reads "mv2"/"mv3": Firefox MV2 and MV3 zips must not overwrite each other.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // The sources zip (for addons.mozilla.org review) holds what the build reads, nothing else:
    // no test screenshots, benchmark output or logs from the working tree.
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE*',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'assets/**',
      'public/**',
    ],
  },
});
