/**
 * Starts Debian's Chromium with the built extension loaded, in a fresh throwaway profile, for the
 * demo and the end-to-end tests. Extensions need a persistent context; Playwright's default
 * `--disable-extensions` is lifted by naming the extension in `--disable-extensions-except`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export interface LaunchOptions {
  /** Folder of the unpacked MV3 build (`.output/chrome-mv3`). */
  extensionDir?: string;
  headless?: boolean;
  executablePath?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for the extension's service worker to start. */
  workerTimeoutMs?: number;
  viewport?: { width: number; height: number };
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The id in `chrome-extension://ID/`, taken from the service worker's URL. */
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

/** Flags that keep the browser offline and quiet: the project makes no network requests. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** `chrome-extension://abcdef/background.js` gives `abcdef`. */
export function extensionIdFromUrl(url: string): string | null {
  return /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1] ?? null;
}

async function extensionWorker(context: BrowserContext, timeout: number): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => extensionIdFromUrl(worker.url()) !== null;
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout });
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = path.resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: run \`apt-get install -y chromium\`.`);
  }
  const profileDir = await mkdtemp(path.join(tmpdir(), 'crosstally-profile-'));
  const removeProfile = () => rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      args: [...chromiumArgs(extensionDir), ...(options.args ?? [])],
      viewport: options.viewport ?? { width: 1280, height: 900 },
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await removeProfile();
  };
  try {
    const serviceWorker = await extensionWorker(context, options.workerTimeoutMs ?? 15_000);
    const extensionId = extensionIdFromUrl(serviceWorker.url()) as string;
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start: ${String(error)}`);
  }
}
