/**
 * The peer of measurement 1: the smallest content script that could do Crosstally's always-on job
 * at all: it reads its settings from storage and listens for its popup, and does nothing else (no
 * page text read). Written to a temporary folder and loaded into its own Chromium, measured by
 * the same rule on the same pages: what any extension with a content script pays here, the floor
 * under our own cost.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Minimal content script (bench peer)',
  version: '1.0.0',
  permissions: ['storage'],
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

const CONTENT_SCRIPT = `chrome.runtime.onMessage.addListener(() => undefined);
chrome.storage.onChanged.addListener(() => undefined);
chrome.storage.local.get(['disabledSites', 'savedClaimSites']).then((settings) => {
  globalThis.settings = settings;
});
`;

export interface MinimalExtension {
  dir: string;
  remove(): Promise<void>;
}

export async function writeMinimalExtension(): Promise<MinimalExtension> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosstally-bench-minimal-'));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  await writeFile(
    path.join(dir, 'background.js'),
    '// A service worker, so the launcher sees the extension start.\n',
  );
  await writeFile(path.join(dir, 'content.js'), CONTENT_SCRIPT);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
