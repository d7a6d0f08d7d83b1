/** Locations in the repository used by the demo and the end-to-end tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where `wxt build` writes the Chromium MV3 extension. */
export const CHROME_EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const DEMO_SITE_DIR = path.join(REPO_ROOT, '.output/demo');
export const DEMO_SCREENSHOTS_DIR = path.join(REPO_ROOT, '.output/demo-screenshots');

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
