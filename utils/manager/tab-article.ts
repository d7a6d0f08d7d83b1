/**
 * "Add an article" from a tab: the manager is opened from the toolbar popup as
 * `options.html?tab=<id>`, asks that tab's content script for its article (getArticle), and turns
 * the answer into the article text and source fields, or into a sentence saying what went wrong
 * and what to do. Pure: the answer is page data, checked field by field.
 */

import { isIsoDate, isWebAddress } from '../claim-form/fields';
import { liveRecord } from '../i18n/live';
import { MAX_ARTICLE_CHARS } from '../limits';
import type { ArticleAnswer, ArticleSnapshot } from '../messaging/protocol';
import type { SourceFormValues } from './source-form';

/** The tab id of `?tab=7` in the manager's address; null when absent or not a tab id. */
export function sourceTabOf(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export type TabArticle =
  | {
      ok: true;
      text: string;
      /** The source fields the page filled (language only when the page says). */
      source: Partial<SourceFormValues>;
      /** The article's title, to say what was taken. */
      title: string;
    }
  | { ok: false; message: string };

/** What went wrong and what to do, in the UI language of the moment. */
export const TAB_PROBLEMS = liveRecord({
  unreachable: 'tabArticle.unreachable',
  stopped: 'tabArticle.stopped',
  failed: 'tabArticle.failed',
  empty: 'tabArticle.empty',
  tooLong: 'tabArticle.tooLong',
});

const clean = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '';

function isSnapshot(value: unknown): value is ArticleSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { text } = value as { text?: unknown };
  return typeof text === 'string';
}

/** What the manager makes of a tab's answer; null is no answer at all (no content script there). */
export function tabArticleOf(answer: ArticleAnswer | null): TabArticle {
  if (!answer || typeof answer !== 'object') return { ok: false, message: TAB_PROBLEMS.unreachable };
  if (!isSnapshot(answer.article)) {
    return {
      ok: false,
      message:
        answer.article === null && answer.reason === 'stopped' ? TAB_PROBLEMS.stopped : TAB_PROBLEMS.failed,
    };
  }
  const article = answer.article;
  const body = article.text.trim();
  if (article.truncated === true || body.length > MAX_ARTICLE_CHARS)
    return { ok: false, message: TAB_PROBLEMS.tooLong };
  if (!body) return { ok: false, message: TAB_PROBLEMS.empty };
  const title = clean(article.title, 500);
  const url = [article.canonicalUrl, article.url].map((u) => clean(u, 2048)).find(isWebAddress) ?? '';
  const published = clean(article.publishedDate, 10);
  const lang = clean(article.lang, 35);
  return {
    ok: true,
    text: body,
    title,
    source: {
      label: title,
      outlet: clean(article.outlet, 300),
      url,
      publishedDate: isIsoDate(published) ? published : '',
      ...(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? { language: lang } : {}),
      kind: 'web',
    },
  };
}
