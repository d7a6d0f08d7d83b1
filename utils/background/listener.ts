/**
 * The runtime.onMessage listener of the background. Replies through `sendResponse` and returns
 * true: wxt's fake browser only forwards such replies, and real Chromium and Firefox accept them.
 */

import { type AnyResponse, failure } from '../messaging/protocol';
import type { CrosstallyDb } from '../store/db';
import { extensionContext, type HandlerContext, handleRequest, type RequestSender } from './handler';

export function createRequestListener(db: CrosstallyDb, context: () => HandlerContext = extensionContext) {
  return (message: unknown, sender: RequestSender, sendResponse: (response: AnyResponse) => void): true => {
    handleRequest(db, message, sender, context()).then(sendResponse, () =>
      sendResponse(failure('internal', 'error.internal')),
    );
    return true;
  };
}
