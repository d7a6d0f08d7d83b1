/**
 * The background's listeners. The runtime.onMessage listener replies through `sendResponse` and
 * returns true: wxt's fake browser only forwards such replies, and real Chromium and Firefox
 * accept them. The service worker's own message listener answers what extension pages post to it
 * (WORKER_POSTED_REQUEST_TYPES, a file's text) on the MessagePort they send with it.
 */

import { type AnyResponse, failure, WORKER_POSTED_REQUEST_TYPES } from '../messaging/protocol';
import type { CrosstallyDb } from '../store/db';
import { extensionContext, type HandlerContext, handleRequest, type RequestSender } from './handler';

function answered(db: CrosstallyDb, message: unknown, sender: RequestSender, context: HandlerContext) {
  return handleRequest(db, message, sender, context).catch(() => failure('internal', 'error.internal'));
}

export function createRequestListener(db: CrosstallyDb, context: () => HandlerContext = extensionContext) {
  return (message: unknown, sender: RequestSender, sendResponse: (response: AnyResponse) => void): true => {
    answered(db, message, sender, context()).then(sendResponse);
    return true;
  };
}

/** What the listener reads of a service worker's message event (ExtendableMessageEvent). */
export interface PostedMessageEvent {
  data: unknown;
  /** The window that posted it; the browser sets it, the page cannot. */
  source: { url?: string } | null;
  ports: readonly MessagePort[];
  waitUntil(work: Promise<unknown>): void;
}

/**
 * The service worker's message listener. Its clients are pages of its own origin, but it checks
 * anyway: the sender is the posting window's URL, judged as runtime messaging judges a sender
 * (handleRequest), and only WORKER_POSTED_REQUEST_TYPES are answered. A message with no port to
 * answer on is dropped.
 */
export function createPostedRequestListener(
  db: CrosstallyDb,
  context: () => HandlerContext = extensionContext,
) {
  return (event: PostedMessageEvent): void => {
    const port = event.ports[0];
    if (!port) return;
    const { type } = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as {
      type?: unknown;
    };
    const reply = (response: AnyResponse) => port.postMessage(response);
    if (!WORKER_POSTED_REQUEST_TYPES.has(type as never)) {
      reply(failure('forbidden', 'error.forbidden'));
      return;
    }
    const handlerContext = context();
    const sender: RequestSender = { id: handlerContext.extensionId, url: event.source?.url };
    event.waitUntil(answered(db, event.data, sender, handlerContext).then(reply));
  };
}

/** Listens for posted requests when the background is a service worker (not Firefox's page). */
export function listenForPostedRequests(db: CrosstallyDb): void {
  const scope = globalThis as unknown as {
    ServiceWorkerGlobalScope?: abstract new () => unknown;
    addEventListener(type: 'message', listener: (event: PostedMessageEvent) => void): void;
  };
  const WorkerScope = scope.ServiceWorkerGlobalScope;
  if (WorkerScope && scope instanceof WorkerScope)
    scope.addEventListener('message', createPostedRequestListener(db));
}
