import { describe, expect, it } from 'vitest';
import { guardQuota, isQuotaError, QUOTA_MESSAGE, StoreError } from '../../../utils/store/errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors', () => {
  it('are recognised however Dexie wraps them', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: quota() } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('reach the caller as a typed error with a message a user understands', async () => {
    const error = await guardQuota(() => Promise.reject({ name: 'AbortError', inner: quota() })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
  });

  it('leave other errors as they are', async () => {
    const other = new TypeError('boom');
    await expect(guardQuota(() => Promise.reject(other))).rejects.toBe(other);
  });
});
