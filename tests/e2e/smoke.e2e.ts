/**
 * The built extension in real Chromium: it loads, it is this build, it asks for no more than we
 * intend, and a news page with it installed loads without errors or outside requests.
 * Needs `npx wxt build` first (`npm run test:e2e` does it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, COMPILE_HINTED_FILES } from '../../utils/node/build/vite-plugins';
import { CHROME_EXTENSION_DIR, saveScreenshot, useChromiumSuite } from './harness';

/**
 * What the extension may ask for; see README "Permissions". Widening this is a design decision.
 * contextMenus: the "Check this figure" item on selected text (no install warning; it reads nothing).
 * alarms: the scheduled refresh of pack subscriptions (no install warning).
 */
const INTENDED_PERMISSIONS = ['storage', 'contextMenus', 'alarms'];
/** Asked for one origin at a time, when the reader subscribes to a pack there; nothing at install. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
/** The content script runs on web pages only, never on file:, ftp: or other schemes. */
const ALLOWED_CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*', '*://*/*'];

interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  background?: { service_worker?: string };
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
}

const builtManifest = JSON.parse(
  readFileSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'),
) as BuiltManifest;

/** A manifest word in the build's _locales/en (this browser runs in English). */
function englishManifestMessage(name: string): string {
  const file = path.join(CHROME_EXTENSION_DIR, '_locales/en/messages.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[name]?.message ?? '';
}

/** The slice of the Chromium extension API evaluated inside the service worker. */
declare const chrome: {
  runtime: { getManifest(): { name: string; version: string; permissions?: string[] } };
  permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }> };
};

const suite = useChromiumSuite();

describe('the built manifest', () => {
  it('is MV3 with a service worker background', () => {
    expect(builtManifest.manifest_version).toBe(3);
    expect(builtManifest.background?.service_worker).toMatch(/\.js$/);
  });

  it('asks only for the intended permissions and no host access', () => {
    expect([...(builtManifest.permissions ?? [])].sort()).toEqual([...INTENDED_PERMISSIONS].sort());
    expect(builtManifest.optional_permissions ?? []).toEqual([]);
    expect(builtManifest.host_permissions ?? []).toEqual([]);
    expect(builtManifest.optional_host_permissions ?? []).toEqual(OPTIONAL_HOSTS);
    expect(builtManifest.externally_connectable).toBeUndefined();
  });

  it('injects content scripts into http and https pages only', () => {
    const matches = (builtManifest.content_scripts ?? []).flatMap((script) => script.matches);
    for (const pattern of matches) expect(ALLOWED_CONTENT_SCRIPT_MATCHES).toContain(pattern);
  });

  it("starts the on-demand content-script file with V8's compile hint (utils/node/build/vite-plugins.ts)", () => {
    for (const file of COMPILE_HINTED_FILES) {
      const code = readFileSync(path.join(CHROME_EXTENSION_DIR, file), 'utf8');
      expect(code.startsWith(`${COMPILE_HINT}\n(function(){`)).toBe(true);
    }
  });

  it('keeps the default CSP: no remote code, no eval', () => {
    const policy = builtManifest.content_security_policy?.extension_pages ?? '';
    expect(policy).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

describe('the extension in Chromium', () => {
  it('starts its service worker under a chrome-extension id', () => {
    expect(suite.session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(suite.session.serviceWorker.url()).toBe(
      `chrome-extension://${suite.session.extensionId}/${builtManifest.background?.service_worker}`,
    );
  });

  it('is this build, running with the intended permissions', async () => {
    const running = await suite.session.serviceWorker.evaluate(() => {
      const manifest = chrome.runtime.getManifest();
      return { name: manifest.name, version: manifest.version, permissions: manifest.permissions ?? [] };
    });
    expect(builtManifest.name).toBe('__MSG_manifest_name__');
    expect(running).toEqual({
      // The browser fills the name in from _locales (README "Languages").
      name: englishManifestMessage('manifest_name'),
      version: builtManifest.version,
      permissions: builtManifest.permissions ?? [],
    });
    const granted = await suite.session.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect([...(granted.permissions ?? [])].sort()).toEqual([...INTENDED_PERMISSIONS].sort());
    // Chromium reports the content script's matches as granted origins; nothing beyond them.
    const contentScriptMatches = (builtManifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...(granted.origins ?? [])].sort()).toEqual([...new Set(contentScriptMatches)].sort());
  });

  it('lets a news page load without page errors or requests beyond 127.0.0.1', async () => {
    const article = suite.demo.site.pages.find((page) => page.kind === 'seed');
    if (!article) throw new Error('the demo site has no seed article page');
    const page = await suite.session.context.newPage();
    const pageErrors: string[] = [];
    const outsideRequests: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    suite.session.context.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (protocol !== 'chrome-extension:' && hostname !== '127.0.0.1') outsideRequests.push(request.url());
    });

    await page.goto(suite.demo.pageUrl(article.file));
    await page.waitForLoadState('load');
    // Give a content script time to run when the page is idle.
    await page.waitForTimeout(1_000);

    expect(await page.locator('h1').textContent()).toBe(article.title);
    expect(await page.locator('.story-body p').count()).toBeGreaterThan(3);
    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await saveScreenshot(page, 'smoke-seed-article');
    await page.close();
  });
});
