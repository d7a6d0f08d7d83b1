/**
 * The layers of README "Architecture" are enforced by Biome's noRestrictedImports (biome.json,
 * one override per folder, written from utils/node/layers/table.ts). These tests lint probe files with the project's own configuration,
 * so a rule that stopped matching (a moved folder, a pattern typo) fails here, not in review.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

/** A probe: a file at `file` (as if in the repository) that imports `specifier`. */
interface Probe {
  file: string;
  specifier: string;
}

const BACK_ARROWS: Probe[] = [
  { file: 'utils/engine/probe.ts', specifier: '../store/types' },
  { file: 'utils/engine/probe.ts', specifier: '../limits' },
  { file: 'utils/engine/coverage/probe.ts', specifier: '../../dom/text-map' },
  { file: 'utils/dom/probe.ts', specifier: '../engine/types' },
  { file: 'utils/dom/probe.ts', specifier: 'dexie' },
  { file: 'utils/anchoring/probe.ts', specifier: '../store/types' },
  { file: 'utils/store/probe.ts', specifier: '../messaging/protocol' },
  { file: 'utils/store/probe.ts', specifier: '../background/handler' },
  { file: 'utils/store/manager/probe.ts', specifier: '../../messaging/protocol' },
  { file: 'utils/store/probe.ts', specifier: '../../components/PopupStatus' },
  { file: 'utils/messaging/probe.ts', specifier: '../background/handler' },
  { file: 'utils/messaging/probe.ts', specifier: '../../components/PopupFigureList' },
  { file: 'utils/messaging/probe.ts', specifier: '../content/start' },
  { file: 'utils/overlay/probe.ts', specifier: '../../components/FigureOverlay' },
  { file: 'utils/manager/probe.ts', specifier: '../../components/manager/ClaimRow' },
  { file: 'utils/background/probe.ts', specifier: '../content/saved-claims-sites' },
  { file: 'utils/background/probe.ts', specifier: '../dom/page-metadata' },
  { file: 'utils/background/probe.ts', specifier: '../../components/CheckOverlay' },
  { file: 'utils/content/probe.ts', specifier: '../background/handler' },
  { file: 'utils/content/probe.ts', specifier: '../store/db' },
  { file: 'utils/content/check/probe.ts', specifier: '../../store/db' },
  { file: 'utils/content/probe.ts', specifier: 'dexie' },
  { file: 'utils/content/probe.ts', specifier: '../node/demo/paths' },
  { file: 'utils/limits.ts', specifier: './engine/types' },
  { file: 'utils/site-names.ts', specifier: './limits' },
  { file: 'utils/dom/probe.ts', specifier: '../store/types' },
  { file: 'utils/claim-form/probe.ts', specifier: '../store/db' },
  { file: 'utils/claim-form/probe.ts', specifier: '../manager/choices' },
  { file: 'utils/claim-form/probe.ts', specifier: 'dexie' },
  { file: 'utils/store/probe.ts', specifier: '../claim-form/claim-form' },
  { file: 'utils/labels.ts', specifier: './store/types' },
  { file: 'utils/labels.ts', specifier: '../components/PopupStatus' },
  { file: 'components/Probe.tsx', specifier: '../utils/content/check-controller' },
  { file: 'components/Probe.tsx', specifier: '../utils/background/handler' },
  { file: 'components/Probe.tsx', specifier: '../utils/store/db' },
  { file: 'components/manager/Probe.tsx', specifier: '../../utils/content/page-work' },
  { file: 'entrypoints/probe.ts', specifier: '../utils/node/demo/paths' },
  { file: 'entrypoints/popup/probe.ts', specifier: '../../utils/node/build/vite-plugins' },
];

const ALLOWED: Probe[] = [
  { file: 'utils/engine/probe.ts', specifier: './types' },
  { file: 'utils/engine/probe.ts', specifier: '../../assets/topic-pack.json' },
  { file: 'utils/dom/probe.ts', specifier: '../limits' },
  { file: 'utils/dom/probe.ts', specifier: '../site-names' },
  { file: 'utils/background/probe.ts', specifier: '../site-names' },
  { file: 'utils/claim-form/probe.ts', specifier: '../store/types' },
  { file: 'utils/manager/probe.ts', specifier: '../claim-form/claim-form' },
  { file: 'utils/content/check/probe.ts', specifier: '../../claim-form/page-claim' },
  { file: 'utils/labels.ts', specifier: './engine/types' },
  { file: 'utils/overlay/probe.ts', specifier: '../labels' },
  { file: 'utils/store/probe.ts', specifier: '../engine/types' },
  { file: 'utils/store/manager/probe.ts', specifier: '../types' },
  { file: 'utils/store/manager/probe.ts', specifier: '../../engine/types' },
  { file: 'utils/messaging/probe.ts', specifier: '../store/types' },
  { file: 'utils/background/probe.ts', specifier: '../store/db' },
  { file: 'utils/content/probe.ts', specifier: '../../components/CheckOverlay' },
  { file: 'utils/content/check/probe.ts', specifier: '../../dom/text-map' },
  { file: 'components/Probe.tsx', specifier: '../utils/messaging/protocol' },
  { file: 'components/manager/Probe.tsx', specifier: '../FigureQuote' },
  { file: 'entrypoints/probe.ts', specifier: '../utils/content/start' },
];

let workspace = '';
let config = '';

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'crosstally-layers-'));
  const parsed = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  parsed.vcs = { enabled: false }; // the probe folders are no git repository
  config = JSON.stringify(parsed);
});

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** Lints one probe file in a fresh folder; returns the restricted-import messages. */
function restrictedImports(probe: Probe, index: number): string[] {
  const dir = path.join(workspace, String(index));
  const file = path.join(dir, probe.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(path.join(dir, 'biome.json'), config);
  writeFileSync(file, `import { probe } from '${probe.specifier}';\nexport const used = probe;\n`);
  // Biome exits non-zero when it reports an error: the report on stdout is what counts.
  const { stdout } = spawnSync(BIOME, ['lint', '--reporter=json', '--only=style/noRestrictedImports', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const report = JSON.parse(stdout) as { diagnostics: { category: string; message: string }[] };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
    .map((diagnostic) => diagnostic.message);
}

describe('the layer rules in biome.json', () => {
  it.each(BACK_ARROWS.map((probe, index) => [probe.file, probe.specifier, index] as const))(
    'reject %s importing %s',
    (file, specifier, index) => {
      const messages = restrictedImports({ file, specifier }, index);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('README "Architecture"');
    },
  );

  it.each(ALLOWED.map((probe, index) => [probe.file, probe.specifier, 1000 + index] as const))(
    'allow %s importing %s',
    (file, specifier, index) => {
      expect(restrictedImports({ file, specifier }, index)).toEqual([]);
    },
  );
});

describe('utils/messaging', () => {
  it('imports only types from the store, so a content script pulls no store code', () => {
    const dir = path.join(ROOT, 'utils/messaging');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.ts'),
    );
    expect(files).toContain(path.join('protocol', 'index.ts'));
    const runtimeStoreImports = files.flatMap((name) =>
      [
        ...readFileSync(path.join(dir, name), 'utf8').matchAll(
          /^import (?!type )[^;]*?from '((?:\.\.\/)+store\/[^']+)'/gms,
        ),
      ].map((match) => `${name}: ${match[1]}`),
    );
    expect(runtimeStoreImports).toEqual([]);
  });
});
