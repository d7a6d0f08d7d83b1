/** Screenshots kept as test artifacts in tests/e2e/artifacts/ (gitignored). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../../utils/node/demo/paths';

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests/e2e/artifacts');

/** Saves a viewport screenshot as `<name>.png` and returns its path. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const safeName = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${safeName}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
