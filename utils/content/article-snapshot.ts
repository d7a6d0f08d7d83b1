/**
 * The page's article for the manager's "Add an article" (the getArticle request): its visible
 * text, read the way marking reads it (the article area, in idle slices, without navigation,
 * scripts, form fields or hidden text), and what the page says about itself as a source. Reads
 * the page only; changes nothing in it.
 */
import { articleRoots } from '../dom/article-root';
import { pageLang, pageTitle, pageUrl } from '../dom/page-meta';
import { canonicalUrl, pageOutlet, publishedDate } from '../dom/page-metadata';
import { collectTextWhenIdle } from '../dom/text-map';
import { MAX_ARTICLE_CHARS } from '../limits';
import type { ArticleSnapshot } from '../messaging/protocol';

export interface SnapshotOptions {
  /** Longest text taken (default MAX_ARTICLE_CHARS, what the store saves); past it `truncated` is set. */
  maxChars?: number;
}

/** The article of `doc`, or null when `signal` aborts first (the content script is going away). */
export async function snapshotArticle(
  doc: Document,
  signal?: AbortSignal,
  options: SnapshotOptions = {},
): Promise<ArticleSnapshot | null> {
  const win = doc.defaultView ?? window;
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  const collected = await collectTextWhenIdle(articleRoots(doc), { signal, win, maxChars });
  if (!collected || signal?.aborted) return null;
  const lang = pageLang(doc);
  return {
    // Block boundaries are not counted against the cap: cut to it exactly.
    text: collected.text.slice(0, maxChars),
    truncated: collected.truncated,
    title: pageTitle(doc),
    url: pageUrl(doc.location),
    ...(lang ? { lang } : {}),
    outlet: pageOutlet(doc),
    canonicalUrl: canonicalUrl(doc),
    publishedDate: publishedDate(doc),
  };
}
