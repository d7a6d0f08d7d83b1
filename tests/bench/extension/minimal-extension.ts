/**
 * The peers of measurement 1: the smallest content scripts that could do (part of) Crosstally's
 * always-on job, each written to a temporary folder as its own extension, loaded into its own
 * Chromium and measured by the same rule on the same pages.
 *
 * - `settings`: reads its settings from storage and listens for its popup, nothing else (no page
 *   text read): what any extension with a content script pays here, the floor under our cost.
 * - `gate`: the always-on job in plain JavaScript, no framework: the same, plus the coverage gate
 *   (the title and summary metas, the first 32,000 characters of text skipping script and style,
 *   a case-insensitive test of the same stems as ours) and a MutationObserver for later text.
 *   What that job costs at its simplest here; our ratio to it is what our own code adds.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { coverageGate } from '../../../assets/topic-pack.json';
import { COVERAGE_SAMPLE_CHARS } from '../../../utils/engine/coverage/gate';

const MANIFEST = {
  manifest_version: 3,
  name: 'Minimal content script (bench peer)',
  version: '1.0.0',
  permissions: ['storage'],
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

const READ_SETTINGS = `chrome.runtime.onMessage.addListener(() => undefined);
chrome.storage.onChanged.addListener(() => undefined);
chrome.storage.local.get(['disabledSites', 'savedClaimSites']).then((settings) => {
  globalThis.settings = settings;
});
`;

const GATE = `const STEMS = ${JSON.stringify(coverageGate.stems)};
const GATE = new RegExp(STEMS.map((stem) => stem.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')).join('|'), 'i');
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
const SUMMARY = new Set(['description', 'og:title', 'og:description', 'keywords', 'news_keywords']);
function sample(roots) {
  const parts = [];
  let left = ${COVERAGE_SAMPLE_CHARS};
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
      if (SKIPPED.has(node.parentNode.localName)) continue;
      parts.push(node.data);
      left -= node.data.length;
    }
  }
  return parts.join('');
}
function summary() {
  const parts = [document.title];
  for (const meta of document.head.getElementsByTagName('meta')) {
    const key = (meta.getAttribute('name') || meta.getAttribute('property') || '').toLowerCase();
    if (SUMMARY.has(key)) parts.push(meta.getAttribute('content') || '');
  }
  return parts.join('\\n');
}
const isCoverage = (roots) => GATE.test(sample(roots)) || GATE.test(summary()) || GATE.test(location.href);
chrome.runtime.onMessage.addListener(() => undefined);
chrome.storage.onChanged.addListener(() => undefined);
chrome.storage.local.get(['disabledSites', 'savedClaimSites']).then((settings) => {
  globalThis.settings = settings;
  if (isCoverage([document.body])) {
    globalThis.coverage = true;
    return;
  }
  let added = [];
  let timer = 0;
  new MutationObserver((records) => {
    for (const record of records) added.push(...record.addedNodes);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const roots = added.filter((node) => node.isConnected);
      added = [];
      if (isCoverage(roots)) globalThis.coverage = true;
    }, 300);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
});
`;

export interface PeerExtension {
  name: string;
  /** What its content script does, for the report. */
  does: string;
  dir: string;
  remove(): Promise<void>;
}

const PEERS = [
  { name: 'settings', does: 'reads its settings, listens for messages', content: READ_SETTINGS },
  {
    name: 'gate',
    does: 'the same plus the coverage gate on title, metas and the first 32,000 characters, and a MutationObserver, in plain JavaScript',
    content: GATE,
  },
];

async function writePeer(peer: (typeof PEERS)[number]): Promise<PeerExtension> {
  const dir = await mkdtemp(path.join(tmpdir(), `crosstally-bench-peer-${peer.name}-`));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  await writeFile(
    path.join(dir, 'background.js'),
    '// A service worker, so the launcher sees the extension start.\n',
  );
  await writeFile(path.join(dir, 'content.js'), peer.content);
  return {
    name: peer.name,
    does: peer.does,
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export function writePeerExtensions(): Promise<PeerExtension[]> {
  return Promise.all(PEERS.map(writePeer));
}
