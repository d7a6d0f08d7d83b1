/** A stoppable part of the content script stops with the whole script, and alone. */
import { describe, expect, it, vi } from 'vitest';
import { childController } from '../../../utils/content/child-controller';

describe('childController', () => {
  it('aborts when its parent aborts', () => {
    const parent = new AbortController();
    const child = childController(parent.signal);
    parent.abort();
    expect(child.signal.aborted).toBe(true);
  });

  it('aborts alone, leaving the parent running and no listener on it', () => {
    const parent = new AbortController();
    const remove = vi.spyOn(parent.signal, 'removeEventListener');
    const child = childController(parent.signal);
    child.abort();
    expect(parent.signal.aborted).toBe(false);
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('starts aborted under a parent that already is', () => {
    const parent = new AbortController();
    parent.abort();
    expect(childController(parent.signal).signal.aborted).toBe(true);
  });
});
