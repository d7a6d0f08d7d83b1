/**
 * Typed errors of the claim store. Pure (no Dexie), so the protocol and the UI can name the codes.
 * Their words are keys of the error catalog (utils/i18n/messages/errors), the reader's language's
 * business of the UI; the store only writes them in English for `message`.
 */
import {
  type ErrorIssue,
  type ErrorKey,
  type ErrorParams,
  englishError,
  englishIssue,
} from '../i18n/error-messages';

export type StoreErrorCode =
  /** The browser refused to store more data. */
  | 'quota'
  /** An import file is larger than we read. */
  | 'too-large'
  /** An import file is not JSON. */
  | 'not-json'
  /** JSON, but not a Crosstally claim pack, or one of another version. */
  | 'wrong-format'
  /** A claim pack whose fields do not validate; `issues` names each bad field. */
  | 'invalid-pack'
  /** A claim, draft or change that does not validate. */
  | 'invalid'
  | 'not-found'
  /** The record changed (or went) since the reader read it, in another tab or window: nothing was written. */
  | 'conflict'
  /** The reader cancelled an import: the store was put back as it was. */
  | 'cancelled';

export type { ErrorIssue, ErrorKey, ErrorParams };

export const QUOTA_MESSAGE = englishError('error.quota');

/**
 * A refusal the reader sees: a key of the error catalog and its parameters, rendered in the
 * reader's language by the UI; `message` and `issues` are the same in English (logs, tests).
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly key: ErrorKey;
  readonly params: ErrorParams;
  /** Each bad field's path and reason, as keys. */
  readonly reasons: readonly ErrorIssue[];
  /** One English line per bad field, each starting with its path ("claims[3].value: expected number"). */
  readonly issues: string[];

  constructor(
    code: StoreErrorCode,
    key: ErrorKey,
    params: ErrorParams = {},
    reasons: readonly ErrorIssue[] = [],
  ) {
    super(englishError(key, params, reasons));
    this.name = 'StoreError';
    this.code = code;
    this.key = key;
    this.params = params;
    this.reasons = reasons;
    this.issues = reasons.map(englishIssue);
  }
}

/**
 * Whether an error is the browser's quota refusal. IndexedDB raises a DOMException named
 * QuotaExceededError; Dexie rethrows it as its own QuotaExceededError, as an AbortError whose
 * `inner` holds the original when the failure aborted the transaction at commit, or as a BulkError
 * listing per-item `failures`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, inner, cause, failures } = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (name === 'QuotaExceededError') return true;
  if (
    failures &&
    typeof failures === 'object' &&
    Object.values(failures).some((f) => isQuotaError(f, depth + 1))
  ) {
    return true;
  }
  return isQuotaError(inner ?? cause, depth + 1);
}

/** Runs a write; a quota refusal comes back as a StoreError('quota') with a message a user understands. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StoreError('quota', 'error.quota');
    throw error;
  }
}
