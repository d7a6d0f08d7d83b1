/**
 * Answers the toolbar popup's questions about this tab, the background's "Check this figure"
 * (context menu and shortcut), and the manager page's "take the article of this tab". Only this
 * extension's own pages and service worker are answered: the sender's id and URL are set by the
 * browser, so neither a web page nor another extension can ask. Pages cannot reach this channel
 * at all (no window messages).
 */
import { browser } from 'wxt/browser';
import {
  type ArticleAnswer,
  type ArticleSnapshot,
  type CheckAnswer,
  type LedgerPage,
  type PageStatus,
  parseTabRequest,
  type TabRequestMap,
} from '../messaging/protocol';

/** The parts of runtime.MessageSender this trusts. */
export interface PopupSender {
  id?: string;
  url?: string;
}

export interface PopupListenerOptions {
  signal: AbortSignal;
  pageStatus: () => PageStatus;
  showFigure: (id: string) => boolean;
  /** "Check this figure" (sent by the background for the context menu and the shortcut). */
  checkSelection?: (request: { frame?: 'embedded' }) => Promise<CheckAnswer>;
  /** The page's article for the manager's "Add an article"; null when it can no longer be read. */
  article?: () => Promise<ArticleSnapshot | null>;
  /** Reading ledger: what it holds of this page, and the popup's "Save this page's figures". */
  ledgerPage?: () => LedgerPage | null;
  saveToLedger?: () => Promise<LedgerPage | null>;
  extensionId?: string;
  /** "chrome-extension://ID/": senders must be pages under it. */
  extensionRoot?: string;
}

type Reply = TabRequestMap[keyof TabRequestMap]['response'];
export type PopupMessageListener = (
  message: unknown,
  sender: PopupSender,
  sendResponse: (reply: Reply) => void,
) => true | undefined;

/** True for a page of this extension (the popup), not a content script or another extension. */
export function isOwnExtensionPage(sender: PopupSender, extensionId: string, extensionRoot: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}

/** The listener alone, for tests; `listenForPopup` installs it. */
export function createPopupMessageListener(options: PopupListenerOptions): PopupMessageListener {
  const extensionId = options.extensionId ?? browser.runtime.id;
  const extensionRoot = options.extensionRoot ?? browser.runtime.getURL('/');
  return (message, sender, sendResponse) => {
    if (options.signal.aborted || !isOwnExtensionPage(sender, extensionId, extensionRoot)) return undefined;
    const request = parseTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'checkSelection') {
      if (!options.checkSelection) return undefined;
      // The answer comes once the overlay has it; `true` keeps the channel open until then.
      options
        .checkSelection(request)
        .catch((error: unknown) => {
          console.debug('Crosstally: could not check the selection', error);
          return 'error' as const;
        })
        .then((answer) => sendResponse({ answer }))
        .catch(() => undefined);
      return true;
    }
    if (request.type === 'getArticle') {
      if (!options.article) return undefined;
      // Reading the article takes idle slices; a failure is an answer too, never thrown at the page.
      options
        .article()
        .then((article): ArticleAnswer => (article ? { article } : { article: null, reason: 'stopped' }))
        .catch((error: unknown): ArticleAnswer => {
          console.debug('Crosstally: could not read the article', error);
          return { article: null, reason: 'error' };
        })
        .then((answer) => sendResponse(answer))
        .catch(() => undefined);
      return true;
    }
    if (request.type === 'saveToLedger') {
      if (!options.saveToLedger) return undefined;
      options
        .saveToLedger()
        .catch((error: unknown) => {
          console.debug('Crosstally: could not save the page to the ledger', error);
          return null;
        })
        .then((answer) => sendResponse(answer))
        .catch(() => undefined);
      return true;
    }
    if (request.type === 'getLedgerPage') {
      sendResponse(options.ledgerPage?.() ?? null);
      return undefined;
    }
    try {
      sendResponse(
        request.type === 'getPageStatus' ? options.pageStatus() : { shown: options.showFigure(request.id) },
      );
    } catch (error) {
      console.debug('Crosstally: could not answer the popup', error);
    }
    return undefined;
  };
}

export function listenForPopup(options: PopupListenerOptions): void {
  if (options.signal.aborted) return;
  const listener = createPopupMessageListener(options);
  browser.runtime.onMessage.addListener(listener);
  options.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
