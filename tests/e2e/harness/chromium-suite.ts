/**
 * The set-up most Chromium suites share: the demo site served on 127.0.0.1, Chromium with the
 * built extension for the whole file, and tabs closed after each test. Call at the top level of a
 * test file; the fields are ready inside tests (beforeAll has run).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type ExtensionSession, launchWithExtension } from '../../../utils/node/demo/launch-extension';
import { CHROME_EXTENSION_DIR } from '../../../utils/node/demo/paths';
import { type ServedDemoSite, serveDemoSite } from './demo-site';

export interface ChromiumSuite {
  readonly session: ExtensionSession;
  readonly demo: ServedDemoSite;
  /** A new tab, closed after the test; its uncaught page errors are collected in `pageErrors`. */
  newPage(): Promise<Page>;
  readonly pageErrors: string[];
  /**
   * The toolbar popup, loaded in a tab while `article` is the active tab (as when the toolbar
   * button is clicked), once it has said something final about that tab.
   */
  popupFor(article: Page): Promise<Page>;
}

export interface ChromiumSuiteOptions {
  viewport?: { width: number; height: number };
  /**
   * Start Chromium in this UI language. Debian's Chromium ships only its en-US UI strings (the
   * rest are in chromium-l10n), so `--lang=ru` leaves the browser's own UI, getUILanguage() and
   * navigator.languages in en-US, and LANGUAGE/LANG in the environment change nothing; but it
   * does pick the extension's _locales/ru, which is what "follow the browser" reads (README
   * "Languages").
   */
  lang?: string;
}

export function useChromiumSuite(options: ChromiumSuiteOptions = {}): ChromiumSuite {
  let session: ExtensionSession | undefined;
  let demo: ServedDemoSite | undefined;
  const openPages: Page[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    demo = await serveDemoSite();
    session = await launchWithExtension({
      extensionDir: CHROME_EXTENSION_DIR,
      headless: true,
      ...(options.viewport ? { viewport: options.viewport } : {}),
      ...(options.lang ? { args: [`--lang=${options.lang}`] } : {}),
    });
  });
  afterEach(async () => {
    for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not ready: use it inside tests`);
    return value;
  };
  const newPage = async (): Promise<Page> => {
    const page = await ready(session, 'the browser').context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    openPages.push(page);
    return page;
  };
  return {
    get session() {
      return ready(session, 'the browser');
    },
    get demo() {
      return ready(demo, 'the demo site');
    },
    pageErrors,
    newPage,
    async popupFor(article) {
      const popup = await newPage();
      await popup.goto(`chrome-extension://${ready(session, 'the browser').extensionId}/popup.html`);
      await article.bringToFront();
      await popup.reload();
      await expect.poll(() => popup.locator('.ct-status').getAttribute('data-status')).not.toBe('loading');
      return popup;
    },
  };
}
