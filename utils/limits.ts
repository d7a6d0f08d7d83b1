/**
 * Size limits shared by the store, the background, the protocol and the pages that feed them: each
 * is written here once. No imports (biome.json keeps it a leaf): every layer may read it, and content
 * scripts must not pull in Dexie or zod. Limits that only tune one algorithm stay beside it.
 */

/**
 * Page text the content script reads for marking: the whole article, however long (a 5 MB
 * page is read), up to this. Past it the popup says where marking stopped.
 */
export const MAX_MARKED_PAGE_CHARS = 20_000_000;

/** Page nodes visited to read that text (a walk in idle slices); past it, as past the characters. */
export const MAX_MARKED_PAGE_NODES = 1_000_000;

/** Longer selections are not "a figure and its sentence"; the overlay says so instead of checking. */
export const MAX_SELECTION_CHARS = 2000;

/**
 * Text of one check request (the selection and its context): longer is refused by the background.
 * It also bounds the engine's work on a selection.
 */
export const MAX_CHECK_TEXT_CHARS = 20_000;

/** Longest figure id a popup may ask a tab to show; ids are a metric id and the figure's short text. */
export const MAX_FIGURE_ID_CHARS = 1000;

/** Most ids one bulk request carries: a whole 100,000-claim store, with room. */
export const MAX_BULK_IDS = 250_000;

/** Sites kept from a list in browser.storage.local: bounds what a corrupted or hand-edited entry costs. */
export const MAX_STORED_SITES = 10_000;

/**
 * Page text in one `analyzePage` request: longer articles are sent in slices of at most this,
 * one after another, so neither the page nor the background works on all of it at once.
 */
export const MAX_PAGE_TEXT_CHARS = 500_000;

/** Longest article text saved with its figures (a long feature is ~100 kB). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Largest claim pack read (characters of JSON, after gunzip): about 300,000 claims, well above
 * what an export of a full store holds (100,000 claims export to about 80 MB), so whatever
 * Crosstally exports, it imports.
 */
export const MAX_PACK_CHARS = 256 * 1024 * 1024;

/** A pack file travels from the manager to the background in parts of this many characters. */
export const PACK_UPLOAD_PART_CHARS = 8 * 1024 * 1024;

/**
 * Claims (and sources) in an import's first chunk; later chunks are sized to take about
 * IMPORT_CHUNK_MS each. Each chunk is its own transaction, so a page's question to the store waits
 * behind one chunk at most, not behind the whole import.
 */
export const IMPORT_CHUNK_RECORDS = 500;
export const IMPORT_CHUNK_MS = 200;

/** Exports larger than this are saved gzip-compressed (.json.gz); the import reads both. */
export const GZIP_EXPORT_ABOVE_CHARS = 16 * 1024 * 1024;

/**
 * Figures of one page the reading ledger keeps (a long live blog has a few hundred): more are
 * not recorded, so one page cannot fill the store.
 */
export const MAX_LEDGER_FIGURES = 1000;
