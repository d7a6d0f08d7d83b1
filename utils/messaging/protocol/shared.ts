/**
 * What every part of the message protocol shares: who uses a request, the error shape of a
 * refused one, and how the allowlists are derived from the request maps (see index.ts).
 */
import type { StoreErrorCode } from '../../store/errors';

// Biome prefers Record<string, never> over {}, which would not intersect with { type }.
export type NoFields = Record<never, never>;

/**
 * Who sends a request in the product: 'product' (the extension's own code sends it) or 'bench'
 * (only tests and `npm run bench` send it, to measure or count the store; nothing in the
 * extension may rely on it). tests/utils/messaging/request-senders.test.ts keeps this true.
 */
export type RequestUse = 'product' | 'bench';

/** The request types of a map given as data (the allowlists are derived from these). */
export function keysOf<T extends string>(map: Record<T, RequestUse>): ReadonlySet<T> {
  return new Set(Object.keys(map) as T[]);
}

export type ErrorCode =
  | StoreErrorCode
  /** The sender may not ask this (another extension, or a web page asking for a privileged request). */
  | 'forbidden'
  /** The request does not match the protocol. */
  | 'bad-request'
  /** The background failed unexpectedly. */
  | 'internal'
  /** The background could not be reached or did not answer. */
  | 'unreachable';

export interface ProtocolError {
  code: ErrorCode;
  /** A sentence for the user. */
  message: string;
  /** Bad fields, each with its path ("claims[3].value: expected number"). */
  issues?: string[];
}

export type Failure = { ok: false; error: ProtocolError };

export function failure(code: ErrorCode, message: string, issues?: string[]): Failure {
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}
