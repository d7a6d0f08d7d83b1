/**
 * Requests to the content script of a tab (browser.tabs.sendMessage), from the extension's own
 * pages and the background; the content script answers only those (utils/content/popup-listener.ts).
 */
import { browser } from 'wxt/browser';
import { MAX_FIGURE_ID_CHARS } from '../../limits';
import type { RecordOutcome } from '../../store/ledger/types';
import type { PopupFigure, TabStatus } from '../tab-view';
import { keysOf, type NoFields, type RequestUse } from './shared';

// ---------------------------------------------------------------------------------------------
// Tab requests: the extension's own pages and the background -> the content script of a tab
// (browser.tabs.sendMessage): the popup asks for the page's status, the manager for its article,
// the background to check the selection. A separate channel: the background never sees these,
// and the content script answers only this extension's own pages (utils/content/popup-listener.ts).
// ---------------------------------------------------------------------------------------------

/** What the content script of a tab tells the toolbar popup. */
export interface PageStatus {
  /** The page's hostname, for the site switch: the popup holds no permission to read tab URLs. */
  hostname: string;
  status: TabStatus;
  /** Figures marked on the page, in reading order. */
  figures: PopupFigure[];
  /** Claims the reader saved from this page that are no longer found on it. */
  notFound?: NotFoundClaim[];
}

/** A saved claim missing from its page: listed in the popup, never placed by guess. */
export interface NotFoundClaim {
  id: string;
  /** The figure as saved ("two helicopters"). */
  text: string;
  metricLabel: string;
}

/** What a "Check this figure" request found; the overlay says the rest. */
export type CheckAnswer =
  | 'figure'
  | 'no-metric'
  | 'no-number'
  | 'too-long'
  | 'frame'
  | 'password'
  | 'no-selection'
  | 'error';

/**
 * A tab's article as its content script reads it (the same visible text marking reads), with what
 * the page says about itself as a source: for the manager's "Add an article". Untrusted page text.
 */
export interface ArticleSnapshot {
  /** The article's visible text, at most MAX_ARTICLE_CHARS (utils/limits.ts). */
  text: string;
  /** True when the article is longer than that: `text` holds only its start. */
  truncated: boolean;
  /** The headline-like title (og:title, else the document title). */
  title: string;
  /** The page's address. */
  url: string;
  /** The page's BCP 47 language tag, when it says. */
  lang?: string;
  /** The publisher: the JSON-LD publisher, og:site_name, else the site's host name. */
  outlet: string;
  /** The page's canonical URL (same site only), else its address without the hash. */
  canonicalUrl: string;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedDate: string | null;
}

/**
 * getArticle's answer. `stopped`: the content script is being torn down (the extension was
 * reloaded); `error`: reading the page failed.
 */
export type ArticleAnswer = { article: ArticleSnapshot } | { article: null; reason: 'stopped' | 'error' };

export interface TabRequestMap {
  getPageStatus: { request: NoFields; response: PageStatus };
  /** Scrolls to a marked figure and opens its overlay; false when the figure is gone. */
  showFigure: { request: { id: string }; response: { shown: boolean } };
  /**
   * Checks the page's selection and opens the overlay at it (the context menu and the keyboard
   * shortcut, through the background). `frame: 'embedded'`: the selection is in an embedded frame,
   * where the content script does not run.
   */
  checkSelection: { request: { frame?: 'embedded' }; response: { answer: CheckAnswer } };
  /** The tab's article and its source metadata, for the manager's "Add an article". Read-only. */
  getArticle: { request: NoFields; response: ArticleAnswer };

  // Reading ledger (utils/content/ledger-recorder.ts)
  /** What the ledger holds of this page and whether it is kept; null before the page was read. */
  getLedgerPage: { request: NoFields; response: LedgerPage | null };
  /** "Save this page's figures" in the popup, for readers who keep the ledger off. */
  saveToLedger: { request: NoFields; response: LedgerPage | null };
}

/** The ledger's view of one tab, for the popup. */
export interface LedgerPage {
  /** The site's name, for the popup's per-site exclusion switch. */
  site: string;
  outcome: RecordOutcome;
}

export type TabRequestType = keyof TabRequestMap;
export type TabRequestOf<T extends TabRequestType> = { type: T } & TabRequestMap[T]['request'];
export type AnyTabRequest = { [T in TabRequestType]: TabRequestOf<T> }[TabRequestType];

/** The tab map as data, exactly its keys (see RequestUse). */
export const TAB_REQUESTS = {
  getPageStatus: 'product',
  showFigure: 'product',
  checkSelection: 'product',
  getArticle: 'product',
  // Reading ledger
  getLedgerPage: 'product',
  saveToLedger: 'product',
} as const satisfies Record<TabRequestType, RequestUse>;

/** What a content script answers, derived from TabRequestMap. */
export const TAB_REQUEST_TYPES: ReadonlySet<TabRequestType> = keysOf(TAB_REQUESTS);

/** The request a message holds, or null for anything else. The content script trusts nothing unchecked. */
export function parseTabRequest(message: unknown): AnyTabRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, id } = message as { type?: unknown; id?: unknown };
  if (typeof type !== 'string' || !TAB_REQUEST_TYPES.has(type as TabRequestType)) return null;
  if (type === 'getPageStatus' || type === 'getArticle') return { type };
  if (type === 'getLedgerPage' || type === 'saveToLedger') return { type };
  if (type === 'showFigure' && typeof id === 'string' && id.length <= MAX_FIGURE_ID_CHARS)
    return { type, id };
  if (type === 'checkSelection') {
    const { frame } = message as { frame?: unknown };
    return frame === 'embedded' ? { type, frame } : { type };
  }
  return null;
}

/** Asks the content script of tab `tabId`; null when none answers (not an http(s) page, or not loaded yet). */
export async function sendToTab<T extends TabRequestType>(
  tabId: number,
  request: TabRequestOf<T>,
): Promise<TabRequestMap[T]['response'] | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request);
    return reply === undefined || reply === null ? null : (reply as TabRequestMap[T]['response']);
  } catch {
    return null;
  }
}
