import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { parseRequest } from '../../../utils/background/request-schema';

describe('request validation in the background', () => {
  it('never evaluates code: zod runs without its compiled path, which the extension CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
    // Were zod to build its compiled parser, it would call Function; here nothing may.
    const built = vi.spyOn(globalThis, 'Function');
    const parsed = parseRequest({ type: 'importUpload', uploadId: 'u1', index: 0, count: 1, text: '{}' });
    expect(parsed.ok).toBe(true);
    expect(parseRequest({ type: 'importUpload', uploadId: 'u1' }).ok).toBe(false);
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  });
});
