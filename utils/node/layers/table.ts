/**
 * The one table of the layers of README "Architecture": what each folder (or leaf file) may
 * import. biome.json's restricted-import rules are written from it (`npm run lint:layers`,
 * biome-rules.ts), and tests/architecture/layer-table.test.ts fails when the two disagree, so a
 * rule is changed here, never by hand in biome.json.
 *
 * Targets are repository paths: a folder ('utils/engine') stands for everything in it, a file
 * ('utils/limits.ts', 'utils/store/db.ts') for that module.
 */

/** APIs a layer must not use, by the package that brings them. */
export type Ban = 'browser' | 'dexie' | 'preact';

/** A layer that may import only what it lists (and its own folder). */
export interface AllowLayer {
  kind: 'allow';
  /** A folder ('utils/engine': its files and subfolders) or one file ('utils/labels.ts'). */
  files: string;
  may: readonly string[];
  /** Modules it must not import although `may` lets it reach their folder. */
  never?: readonly { target: string; message: string }[];
  bans: readonly Ban[];
  message: string;
}

/** A layer that may import anything but what it lists. */
export interface DenyLayer {
  kind: 'deny';
  files: string;
  mayNot: readonly string[];
  message: string;
}

export type Layer = AllowLayer | DenyLayer;

const ARCHITECTURE = 'README "Architecture"';
const NO_DEXIE_STORE = `Content scripts never import the Dexie store (${ARCHITECTURE}).`;
const ALL_BANS: readonly Ban[] = ['browser', 'dexie', 'preact'];

export const BAN_MESSAGES: Record<Exclude<Ban, 'browser'>, string> = {
  dexie: `Only the store and the background touch Dexie; content scripts never load it (${ARCHITECTURE}).`,
  preact: `Preact is for components (and the content script that mounts them; ${ARCHITECTURE}).`,
};
export const BROWSER_BAN_SUFFIX = ' Browser APIs belong to background, content and entrypoints.';

/** In the order biome.json lists them: from the pure core up to what wires it. */
export const LAYERS: readonly Layer[] = [
  {
    kind: 'allow',
    files: 'utils/engine',
    may: ['assets'],
    bans: ALL_BANS,
    message: `utils/engine is the pure core: it imports nothing of the app (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/i18n',
    may: ['assets'],
    bans: ALL_BANS,
    message: `utils/i18n is the pure catalog of Crosstally's words: it imports nothing of the app (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/ui-language',
    may: ['utils/i18n'],
    bans: ['dexie', 'preact'],
    message: `utils/ui-language stores and follows the language setting: it imports the catalogs only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/anchoring',
    may: ['utils/engine', 'assets'],
    bans: ALL_BANS,
    message: `utils/anchoring is pure text: it imports the engine only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/dom',
    may: ['utils/limits.ts', 'utils/site-names.ts', 'assets'],
    bans: ALL_BANS,
    message: `utils/dom is the DOM adapter: it imports nothing of the app but the leaves utils/limits.ts and utils/site-names.ts (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/store',
    // The error keys and their English (not the catalogs, not the UI language): the store names
    // its refusals by key, and fills their English message itself.
    may: ['utils/engine', 'utils/anchoring', 'utils/limits.ts', 'utils/i18n/error-messages.ts', 'assets'],
    bans: ['browser', 'preact'],
    message: `utils/store imports the engine, anchoring, limits and the error keys only; move shared types down (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/claim-form',
    may: ['utils/i18n', 'utils/engine', 'utils/store', 'utils/limits.ts', 'utils/labels.ts', 'assets'],
    never: [{ target: 'utils/store/db.ts', message: NO_DEXIE_STORE }],
    bans: ALL_BANS,
    message: `utils/claim-form is the claim forms' model: it imports engine, store types and labels only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/messaging',
    may: [
      'utils/engine',
      'utils/anchoring',
      'utils/store',
      'utils/limits.ts',
      'utils/i18n/error-messages.ts',
      'assets',
    ],
    bans: ['dexie', 'preact'],
    message: `utils/messaging is the protocol: it imports store and engine types only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/reader',
    may: ['utils/i18n', 'utils/engine', 'utils/anchoring', 'utils/store', 'utils/limits.ts', 'assets'],
    bans: ALL_BANS,
    message: `utils/reader imports store and engine types only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/overlay',
    may: [
      'utils/i18n',
      'utils/engine',
      'utils/anchoring',
      'utils/store',
      'utils/claim-form',
      'utils/messaging',
      'utils/limits.ts',
      'utils/labels.ts',
      'assets',
    ],
    bans: ['browser', 'dexie'],
    message: `utils/overlay holds view models: no components, content or background (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/manager',
    may: [
      'utils/i18n',
      'utils/engine',
      'utils/anchoring',
      'utils/store',
      'utils/claim-form',
      'utils/messaging',
      'utils/overlay',
      'utils/limits.ts',
      'utils/labels.ts',
      'assets',
    ],
    bans: ['browser', 'dexie'],
    message: `utils/manager holds view models: no components, content or background (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/background',
    may: [
      'utils/i18n',
      'utils/engine',
      'utils/anchoring',
      'utils/store',
      'utils/messaging',
      'utils/reader',
      'utils/ui-language',
      'utils/limits.ts',
      'utils/site-names.ts',
      'assets',
    ],
    bans: ['preact'],
    message: `utils/background wires the store to the protocol: no DOM adapter, components or content (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/content',
    may: [
      'utils/i18n',
      'utils/engine',
      'utils/anchoring',
      'utils/dom',
      'utils/store',
      'utils/claim-form',
      'utils/messaging',
      'utils/overlay',
      'utils/reader',
      'utils/ui-language',
      'utils/limits.ts',
      'utils/labels.ts',
      'utils/site-names.ts',
      'assets',
      'components',
    ],
    never: [{ target: 'utils/store/db.ts', message: NO_DEXIE_STORE }],
    bans: ['dexie'],
    message: `utils/content adapts the page: no background, store database or Node tools (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/labels.ts',
    may: ['utils/engine/types.ts', 'utils/i18n'],
    bans: [],
    message: `utils/labels.ts is the UI word table: it reads engine types and the catalogs only (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/limits.ts',
    may: [],
    bans: [],
    message: `utils/limits.ts is a leaf every layer may read: it imports nothing (${ARCHITECTURE}).`,
  },
  {
    kind: 'allow',
    files: 'utils/site-names.ts',
    may: [],
    bans: [],
    message: `utils/site-names.ts is a leaf the page and the background both read: it imports nothing (${ARCHITECTURE}).`,
  },
  {
    kind: 'deny',
    files: 'components',
    mayNot: ['utils/content', 'utils/background', 'utils/node', 'entrypoints', 'utils/store/db.ts'],
    message: `Components render: they import no content-script, background or Node code (${ARCHITECTURE}).`,
  },
  {
    kind: 'deny',
    files: 'entrypoints',
    mayNot: ['utils/node'],
    message: `utils/node/ is for Node (demo, CLI, build): the extension never imports it (${ARCHITECTURE}).`,
  },
];
