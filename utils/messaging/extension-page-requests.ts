/**
 * How the extension's own pages ask the background. Requests that carry a file's text
 * (WORKER_POSTED_REQUEST_TYPES) are posted to the extension's service worker through a
 * MessageChannel when there is one: the text is copied once, where runtime messaging
 * would write and read it as JSON (about 100 ms per 6.5 MB pack in Chromium). Everything else,
 * and every request where there is no such worker (Firefox's background page), goes by
 * runtime messaging (sendRequest).
 */
import { browser } from 'wxt/browser';
import {
  failure,
  isResponse,
  type RequestOf,
  type RequestType,
  type Response,
  sendRequest,
  WORKER_POSTED_REQUEST_TYPES,
} from './protocol';

/**
 * This extension's active service worker, or null. Extension pages are not controlled by it
 * (`controller` is null), but they are in its registration's scope.
 */
async function ownWorker(): Promise<ServiceWorker | null> {
  try {
    const registration = await globalThis.navigator?.serviceWorker?.getRegistration();
    const worker = registration?.active ?? null;
    return worker?.scriptURL.startsWith(browser.runtime.getURL('/')) ? worker : null;
  } catch {
    // Service workers switched off (a private window, a policy): runtime messaging still works.
    return null;
  }
}

function postToWorker(worker: ServiceWorker, request: object): Promise<unknown> {
  const channel = new MessageChannel();
  return new Promise<unknown>((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data);
    // The worker's side closes when the worker stops without answering.
    channel.port1.addEventListener('close', () => resolve(undefined));
    worker.postMessage(request, [channel.port2]);
  }).finally(() => channel.port1.close());
}

/** sendRequest for extension pages: the same requests and responses, the file's text posted. */
export async function sendFromExtensionPage<T extends RequestType>(
  request: RequestOf<T>,
): Promise<Response<T>> {
  const worker = WORKER_POSTED_REQUEST_TYPES.has(request.type) ? await ownWorker() : null;
  if (!worker) return sendRequest(request);
  try {
    const reply = await postToWorker(worker, request);
    return isResponse(reply) ? (reply as Response<T>) : failure('unreachable', 'error.noAnswer');
  } catch {
    return failure('unreachable', 'error.unreachable');
  }
}
