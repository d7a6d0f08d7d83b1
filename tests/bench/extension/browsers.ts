/**
 * The two browsers of a bench run: Chromium with the built extension, and the same Chromium with
 * the same flags and no extension (the baseline and the peer highlighter's browser). Both run for
 * the whole bench; measurements alternate between them, never overlap.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  chromiumArgs,
  type ExtensionSession,
  launchWithExtension,
} from '../../../utils/node/demo/launch-extension';
import { CHROMIUM_PATH } from '../../../utils/node/demo/paths';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 900 };

export function launchExtensionBrowser(extensionDir: string): Promise<ExtensionSession> {
  return launchWithExtension({ extensionDir, headless: true, viewport: VIEWPORT, workerTimeoutMs: 30_000 });
}

/** Chromium with the extension session's flags minus the two that load the extension. */
export async function launchPlainBrowser(): Promise<PlainBrowser> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'crosstally-bench-plain-'));
  const args = chromiumArgs('unused').filter(
    (arg) => !/^--(disable-extensions-except|load-extension)=/.test(arg),
  );
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: VIEWPORT,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * A fresh tab with no other web page open in the context, so the renderer process measured serves
 * this page alone. Extension pages (chrome-extension://) are left open.
 */
export async function freshPage(context: BrowserContext): Promise<Page> {
  const fresh = await context.newPage();
  for (const page of context.pages()) {
    if (page !== fresh && !page.url().startsWith('chrome-extension://'))
      await page.close().catch(() => undefined);
  }
  return fresh;
}

/**
 * The URL prefix of our scripts in traces. The content script runs from `chrome-extension://ID/`,
 * its on-demand part from a per-session ID (`use_dynamic_url`); no other extension is loaded in
 * the bench's browser, so every extension script is ours.
 */
export function extensionScriptPrefix(session: ExtensionSession): string {
  if (!session.extensionId) throw new Error('the extension did not load');
  return 'chrome-extension://';
}
