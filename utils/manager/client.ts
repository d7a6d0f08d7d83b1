/**
 * What the manager page needs from its surroundings, as types: a way to ask the background (the
 * protocol's sendRequest, or a fake in tests) and a way to save a file. Pure types and helpers.
 */
import { t } from '../i18n/translate';
import type { ProtocolError, RequestOf, RequestType, Response, ResponseData } from '../messaging/protocol';

export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Response<T>>;

export interface DownloadFile {
  name: string;
  /** MIME type ("application/json", "text/csv"). */
  type: string;
  text: string;
  /** Save the text gzip-compressed (large exports; the name ends in .gz). */
  gzip?: boolean;
}

export type Download = (file: DownloadFile) => void;

/** Thrown by `ask` so a component can handle a failed request in one catch. */
export class RequestFailed extends Error {
  readonly error: ProtocolError;
  constructor(error: ProtocolError) {
    super(error.message);
    this.name = 'RequestFailed';
    this.error = error;
  }
}

/** The data of a successful response; a failure throws RequestFailed. */
export async function ask<T extends RequestType>(
  send: Send,
  request: RequestOf<T>,
): Promise<ResponseData<T>> {
  const response = await send(request);
  if (!response.ok) throw new RequestFailed(response.error);
  return response.data;
}

/** The protocol error of whatever a request threw (an unexpected exception becomes 'internal'). */
export function errorOf(thrown: unknown): ProtocolError {
  if (thrown instanceof RequestFailed) return thrown.error;
  return { code: 'internal', message: t('page.internal') };
}
