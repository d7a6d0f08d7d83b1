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
