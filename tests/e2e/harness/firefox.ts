/**
 * Debian's Firefox ESR with the built extension, driven through Firefox's own WebDriver BiDi
 * endpoint (no geckodriver, nothing downloaded): a fresh profile whose user.js pins the add-on's
 * moz-extension UUID and keeps the browser offline, `-headless --remote-debugging-port=0`, then
 * `session.new` and `webExtension.install` (a temporary, unsigned install).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../utils/node/demo/paths';
import { type BidiClient, connectBidi } from './bidi';
import { type PrefValue, profilePrefs, userJs } from './firefox-prefs';
import { type FirefoxTab, firefoxTab } from './firefox-tab';
import { type OutsideTrafficTrap, startOutsideTrafficTrap } from './outside-traffic';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** Where `wxt build -b firefox` and `wxt build -b firefox --mv3` write the add-on. */
export const FIREFOX_MV2_DIR = path.join(REPO_ROOT, '.output/firefox-mv2');
export const FIREFOX_MV3_DIR = path.join(REPO_ROOT, '.output/firefox-mv3');
/** Both Firefox builds, each e2e file that runs in Firefox runs in both. */
export const FIREFOX_BUILDS = [
  { name: 'MV2', dir: FIREFOX_MV2_DIR, manifestVersion: 2 },
  { name: 'MV3', dir: FIREFOX_MV3_DIR, manifestVersion: 3 },
] as const;
/** Any fixed UUID will do: the profile pins it, so extension pages have a known address. */
export const TEST_EXTENSION_UUID = '6b1f3c52-7d0e-4a8b-9c3d-2e5f4a6b7c81';

export interface FirefoxLaunchOptions {
  /** The add-on id whose UUID is pinned (browser_specific_settings.gecko.id of the build). */
  addonId: string;
  extensionUuid?: string;
  executablePath?: string;
  /** Route everything beyond 127.0.0.1 into a refusing, recording proxy (default true). */
  trapOutsideTraffic?: boolean;
  prefs?: Record<string, PrefValue>;
  startTimeoutMs?: number;
}

export interface FirefoxTimings {
  /** From spawning Firefox to its BiDi endpoint listening. */
  startMs: number;
  /** The WebSocket connection and `session.new`. */
  sessionMs: number;
}

export interface FirefoxSession {
  bidi: BidiClient;
  extensionUuid: string;
  timings: FirefoxTimings;
  /** Requests the browser tried to send beyond 127.0.0.1 (empty when not trapped). */
  outsideRequests(): string[];
  /** Installs an unpacked add-on folder as a temporary add-on; returns its id. */
  installExtension(dir: string, options?: { allowPrivateBrowsing?: boolean }): Promise<string>;
  /** `moz-extension://UUID/<pathname>` */
  extensionUrl(pathname: string): string;
  /** A new tab at about:blank. */
  openTab(): Promise<FirefoxTab>;
  /** The top-level tabs open now, with their addresses (a tab the extension opened included). */
  tabs(): Promise<{ context: string; url: string }[]>;
  /** Drives a tab that is already open, e.g. one the extension opened. */
  tab(context: string): FirefoxTab;
  /** What Firefox printed on stderr, for diagnosing a failure. */
  log(): string;
  /** Closes Firefox (killing it if it hangs) and deletes the profile. */
  close(): Promise<void>;
}

/** The manifest of a built add-on folder, with a hint at the build command when it is missing. */
export function readBuiltManifest<T = Record<string, unknown>>(extensionDir: string): T {
  const file = path.join(extensionDir, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`No build in ${extensionDir}: run \`wxt build -b firefox\` (and \`--mv3\`) first.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The gecko id a built add-on declares. */
export function builtAddonId(extensionDir: string): string {
  const manifest = readBuiltManifest<{ browser_specific_settings?: { gecko?: { id?: string } } }>(
    extensionDir,
  );
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function waitForEndpoint(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output());
      if (match?.[1]) finish(() => resolve(match[1] as string));
    };
    const onExit = (code: number | null) =>
      finish(() => reject(new Error(`Firefox exited (${code}) before BiDi listened:\n${output()}`)));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`Firefox's BiDi endpoint did not open in ${timeoutMs} ms:\n${output()}`)),
        ),
      timeoutMs,
    );
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
      settle();
    };
    child.stderr?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const executablePath = options.executablePath ?? FIREFOX_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: run \`apt-get install -y firefox-esr\`.`);
  }
  const extensionUuid = options.extensionUuid ?? TEST_EXTENSION_UUID;
  const trap: OutsideTrafficTrap | null =
    options.trapOutsideTraffic === false ? null : await startOutsideTrafficTrap();
  const profileDir = await mkdtemp(path.join(tmpdir(), 'crosstally-firefox-'));
  const prefs = profilePrefs({
    addonId: options.addonId,
    extensionUuid,
    outsideTrafficProxyPort: trap?.port,
    extra: options.prefs,
  });
  await writeFile(path.join(profileDir, 'user.js'), userJs(prefs));

  const started = performance.now();
  const child = spawn(
    executablePath,
    [
      '-headless',
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      '-no-remote',
      '-profile',
      profileDir,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_HEADLESS: '1',
        // Release builds ignore services.settings.server (and keep polling Mozilla) without it.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      },
    },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // Keep the start (where the endpoint is printed) and the latest output, not everything.
    stderr = stderr.length > 200_000 ? `${stderr.slice(0, 20_000)}\n…\n${chunk}` : stderr + chunk;
  });

  let bidi: BidiClient | null = null;
  const close = async () => {
    if (bidi) {
      await bidi.send('browser.close', {}).catch(() => undefined);
      await bidi.close().catch(() => undefined);
    }
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    await trap?.close();
  };

  try {
    const endpoint = await waitForEndpoint(child, () => stderr, options.startTimeoutMs ?? 30_000);
    const startMs = performance.now() - started;
    const connected = performance.now();
    bidi = await connectBidi(`${endpoint}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const client = bidi;
    return {
      bidi: client,
      extensionUuid,
      timings: { startMs, sessionMs: performance.now() - connected },
      outsideRequests: () => trap?.requests() ?? [],
      async installExtension(dir, installOptions = {}) {
        const { extension } = await client.send('webExtension.install', {
          extensionData: { type: 'path', path: path.resolve(dir) },
          // Firefox's extension to BiDi: let the add-on run in private windows, as a reader may.
          ...(installOptions.allowPrivateBrowsing ? { 'moz:allowPrivateBrowsing': true } : {}),
        });
        return extension;
      },
      extensionUrl: (pathname) => new URL(pathname, `moz-extension://${extensionUuid}/`).href,
      async openTab() {
        const { context } = await client.send('browsingContext.create', { type: 'tab' });
        await client.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
        return firefoxTab(client, context);
      },
      async tabs() {
        const { contexts } = await client.send('browsingContext.getTree', { maxDepth: 0 });
        return contexts.map(({ context, url }) => ({ context, url }));
      },
      tab: (context) => firefoxTab(client, context),
      log: () => stderr,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
