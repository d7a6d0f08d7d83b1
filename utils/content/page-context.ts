/**
 * What every part of the on-demand content script works with on this page, built once where that
 * part starts (page-work.ts) and passed down: the lifetime, the document, the way to the
 * background, the extension's root URL and how the overlays' shadow roots are made. Parts that
 * live shorter (marking, which the site switch stops) get the same context with their own signal.
 */
import { browser } from 'wxt/browser';
import type { PointerRelay } from '../dom/pointer-relay';
import { type SendRequest, sendRequest } from '../messaging/protocol';

export interface PageContext {
  /** Aborting it removes every mark, listener and element of ours (extension reload or update). */
  readonly signal: AbortSignal;
  readonly doc: Document;
  readonly win: Window;
  /** Requests to the background; one that finds no background asks `isValid` (see createPageContext). */
  readonly send: SendRequest;
  /** The extension's root URL ("chrome-extension://ID/"), for links to the reader page. */
  readonly extensionRoot: string;
  /** The overlays' shadow roots: 'closed' (a page must not read the reader's store); tests open them. */
  readonly shadowMode: ShadowRootMode;
  /** False once the extension was reloaded or updated; checked before acting on input. */
  readonly isValid: () => boolean;
  /** The content script's click listeners from document_start, which page handlers cannot stop. */
  readonly pointerRelay?: PointerRelay;
}

/** How the always-on part (start.ts) and tests describe the page; everything but `signal` has a default. */
export interface PageContextOptions {
  signal: AbortSignal;
  doc?: Document;
  send?: SendRequest;
  extensionRoot?: string;
  overlayShadowMode?: ShadowRootMode;
  isValid?: () => boolean;
  pointerRelay?: PointerRelay;
}

export function createPageContext(options: PageContextOptions): PageContext {
  const doc = options.doc ?? document;
  const isValid = options.isValid ?? (() => true);
  const sendToBackground = options.send ?? sendRequest;
  // A background that cannot be reached may mean the extension is gone: ask (isValid then ends
  // this script's lifetime if so, which takes everything of ours down).
  const send: SendRequest = async (request) => {
    const response = await sendToBackground(request);
    if (!response.ok && response.error.code === 'unreachable') isValid();
    return response;
  };
  return {
    signal: options.signal,
    doc,
    win: doc.defaultView ?? window,
    send,
    extensionRoot: options.extensionRoot ?? browser.runtime.getURL('/'),
    shadowMode: options.overlayShadowMode ?? 'closed',
    isValid,
    pointerRelay: options.pointerRelay,
  };
}

/** The same page for a part that ends sooner: aborting `signal` takes down only that part. */
export function withSignal(context: PageContext, signal: AbortSignal): PageContext {
  return { ...context, signal };
}
