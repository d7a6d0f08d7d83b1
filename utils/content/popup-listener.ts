/**
 * Answers the toolbar popup's questions about this tab. Only this extension's own pages are
 * answered: the sender's id and page origin are set by the browser, so neither a web page nor
 * another extension can ask. Pages cannot reach this channel at all (no window messages).
 */
import { browser } from 'wxt/browser';
import { type ContentRequestMap, type PageStatus, parseContentRequest } from '../messaging/protocol';

/** The parts of runtime.MessageSender this trusts. */
export interface PopupSender {
  id?: string;
  url?: string;
}

export interface PopupListenerOptions {
  signal: AbortSignal;
  pageStatus: () => PageStatus;
  showFigure: (id: string) => boolean;
  extensionId?: string;
  /** "chrome-extension://ID/": senders must be pages under it. */
  extensionRoot?: string;
}

type Reply = ContentRequestMap[keyof ContentRequestMap]['response'];
export type PopupMessageListener = (
  message: unknown,
  sender: PopupSender,
  sendResponse: (reply: Reply) => void,
) => undefined;

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
    const request = parseContentRequest(message);
    if (!request) return undefined;
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
