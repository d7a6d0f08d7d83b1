/**
 * Every request to the background (the page map and the extension pages' map together), the
 * allowlists derived from them, and the client helper that sends a request.
 */
import { browser } from 'wxt/browser';
import {
  EXTENSION_PAGE_REQUESTS,
  type ExtensionPageRequestMap,
  type ExtensionPageRequestType,
  WORKER_POSTED_REQUESTS,
} from './extension-pages';
import { PAGE_REQUESTS, type PageRequestMap, type PageRequestType } from './page';
import { type Failure, failure, keysOf } from './shared';

/** Every request to the background: its fields (besides `type`) and the data of a successful response. */
export interface RequestMap extends PageRequestMap, ExtensionPageRequestMap {}

export type RequestType = keyof RequestMap;
export type RequestOf<T extends RequestType> = { type: T } & RequestMap[T]['request'];
export type ResponseData<T extends RequestType> = RequestMap[T]['response'];
/** Any request, as a union discriminated on `type`. */
export type AnyRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

// A request in both maps would be allowed to pages by accident of order: the maps must not share a key.
type SharedKeys = PageRequestType & ExtensionPageRequestType;
const noSharedKeys: [SharedKeys] extends [never] ? true : false = true;
void noSharedKeys;

/** What a content script (running in a web page) may ask, derived from PageRequestMap. */
export const PAGE_REQUEST_TYPES: ReadonlySet<RequestType> = keysOf(PAGE_REQUESTS);
/** Every request the background answers (to extension pages; pages only PAGE_REQUEST_TYPES). */
export const REQUEST_TYPES: ReadonlySet<RequestType> = new Set([
  ...PAGE_REQUEST_TYPES,
  ...keysOf(EXTENSION_PAGE_REQUESTS),
]);

/** What extension pages post to the service worker itself (WORKER_POSTED_REQUESTS). */
export const WORKER_POSTED_REQUEST_TYPES: ReadonlySet<RequestType> = new Set(WORKER_POSTED_REQUESTS);

export type Response<T extends RequestType> = { ok: true; data: ResponseData<T> } | Failure;
export type AnyResponse = { ok: true; data: ResponseData<RequestType> } | Failure;

/** Whether a reply has the shape of a response (a success with data, or a failure with an error). */
export function isResponse(value: unknown): value is AnyResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { ok } = value as { ok?: unknown };
  return ok === true ? 'data' in value : ok === false && 'error' in value;
}

/** sendRequest's shape, so callers can take a fake background in tests. */
export type SendRequest = <T extends RequestType>(request: RequestOf<T>) => Promise<Response<T>>;

/**
 * Sends a request to the background and returns its typed response. Never throws: a background
 * that cannot be reached comes back as { ok: false, error: { code: 'unreachable' } }.
 */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (isResponse(reply)) return reply as Response<T>;
    return failure('unreachable', 'error.noAnswer');
  } catch {
    return failure('unreachable', 'error.unreachable');
  }
}
