/**
 * `npm run demo`: builds the extension, serves the demo news site on 127.0.0.1 and opens Chromium
 * with the extension loaded. With a display it stays open until Ctrl-C; without one it runs
 * headless, writes screenshots of a marked page and an open overlay, and says where they are.
 *
 * Flags: --no-build (reuse .output/chrome-mv3), --headless (even when $DISPLAY is set).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateDemoSite } from './generate-site';
import { type ExtensionSession, launchWithExtension } from './launch-extension';
import { openFirstMark, waitForMarks } from './marks';
import { CHROME_EXTENSION_DIR, DEMO_SCREENSHOTS_DIR, DEMO_SITE_DIR, REPO_ROOT } from './paths';
import { type StaticServer, startStaticServer } from './static-server';

const SHOWCASE_PAGE = 'seed-000.html';
const NOT_COVERAGE_PAGE = 'other-war.html';
/** The content script works when the page is idle; give it this long to announce its marks. */
const MARKS_TIMEOUT_MS = 8_000;

function log(message: string): void {
  console.log(`[demo] ${message}`);
}

function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function buildExtension(): void {
  const started = performance.now();
  log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
  log(`Built ${path.relative(REPO_ROOT, CHROME_EXTENSION_DIR)} in ${elapsed(started)}`);
}

async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(DEMO_SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function captureScreenshots(context: BrowserContext, server: StaticServer): Promise<string[]> {
  mkdirSync(DEMO_SCREENSHOTS_DIR, { recursive: true });
  const written: string[] = [];
  const page = await context.newPage();
  await page.goto(server.url(SHOWCASE_PAGE));
  const marks = await waitForMarks(page, MARKS_TIMEOUT_MS);
  if (marks.signalled) log(`Content script reported figures: ${marks.figures}`);
  else log(`No figures reported within ${MARKS_TIMEOUT_MS / 1000} s (content script not marking yet).`);
  written.push(await screenshot(page, 'marked-page'));

  const overlay = await openFirstMark(page);
  if (overlay === 'opened') written.push(await screenshot(page, 'overlay'));
  else if (overlay === 'no-marks') log('No marks yet: no overlay screenshot.');
  else log('Clicked the first mark but no dialog appeared: no overlay screenshot.');

  await page.goto(server.url(NOT_COVERAGE_PAGE));
  await waitForMarks(page, 2_000);
  written.push(await screenshot(page, 'not-coverage-page'));
  await page.close();
  return written;
}

/** Resolves on Ctrl-C or when the reader closes the browser window. */
function untilClosed(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    context.once('close', () => resolve());
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const flags = new Set(process.argv.slice(2));
  const headless = flags.has('--headless') || !process.env.DISPLAY;
  if (!flags.has('--no-build')) buildExtension();

  const site = generateDemoSite({ outDir: DEMO_SITE_DIR });
  log(`Generated ${site.pages.length + 1} pages in ${path.relative(REPO_ROOT, site.outDir)}`);
  const server = await startStaticServer(site.outDir);
  log(`Serving the demo site at ${server.url('index.html')}`);

  let session: ExtensionSession | null = null;
  try {
    session = await launchWithExtension({ headless });
    log(`Chromium started ${headless ? 'headless' : 'with a window'}; extension id ${session.extensionId}`);
    if (headless) {
      const files = await captureScreenshots(session.context, server);
      log(`Screenshots in ${DEMO_SCREENSHOTS_DIR}:`);
      for (const file of files) log(`  ${file}`);
      log(`Done in ${elapsed(started)}`);
    } else {
      const page = session.context.pages()[0] ?? (await session.context.newPage());
      await page.goto(server.url('index.html'));
      log('Browse the demo pages in the Chromium window. Press Ctrl-C here to quit.');
      await untilClosed(session.context);
    }
  } finally {
    await session?.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
