/**
 * What every part of the message protocol shares: who uses a request, the error shape of a
 * refused one, and how the allowlists are derived from the request maps (see index.ts).
 */
import {
  type ErrorIssue,
  type ErrorKey,
  type ErrorParams,
  englishError,
  englishIssue,
} from '../../i18n/error-messages';
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
  /** The sentence in English (logs; what the UI shows when it has no key). */
  message: string;
  /** The sentence as a key of the error catalog, which the UI renders in the reader's language. */
  key?: ErrorKey;
  params?: ErrorParams;
  /** Bad fields in English, each with its path ("claims[3].value: expected number"). */
  issues?: string[];
  /** The same bad fields as keys, in the same order. */
  reasons?: ErrorIssue[];
}

export type Failure = { ok: false; error: ProtocolError };

/** A refusal named by its key: the English message and issues are filled in from the catalog. */
export function failure(
  code: ErrorCode,
  key: ErrorKey,
  params?: ErrorParams,
  reasons: readonly ErrorIssue[] = [],
): Failure {
  const error: ProtocolError = { code, message: englishError(key, params, reasons), key };
  if (params && Object.keys(params).length > 0) error.params = params;
  if (reasons.length > 0) {
    error.issues = reasons.map(englishIssue);
    error.reasons = [...reasons];
  }
  return { ok: false, error };
}
