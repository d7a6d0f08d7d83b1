/**
 * Size limits shared by the store and the pages that feed it. No imports: content scripts read
 * them too, and must not pull in Dexie or zod.
 */

/**
 * Page text the content script reads for marking: the whole article, however long (a 5 MB
 * page is read), up to this. Past it the popup says where marking stopped.
 */
export const MAX_MARKED_PAGE_CHARS = 20_000_000;

/** Page nodes visited to read that text (a walk in idle slices); past it, as past the characters. */
export const MAX_MARKED_PAGE_NODES = 1_000_000;

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
