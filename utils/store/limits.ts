/**
 * Size limits shared by the store and the pages that feed it. No imports: content scripts read
 * them too, and must not pull in Dexie or zod.
 */

/** Longest article text saved with its figures (a long feature is ~100 kB). */
export const MAX_ARTICLE_CHARS = 2_000_000;
