// @vitest-environment happy-dom
/**
 * The on-demand part's watch for an orphaned script: after an extension reload or update the old
 * script's marks stay painted until it notices, which it does when the reader comes back to the
 * tab (focus, pageshow from the back/forward cache, the tab shown again), and never after it stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageWork } from '../../../utils/content/page-work';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

function startWith(isValid: () => boolean) {
  return startPageWork({
    signal: controller.signal,
    isValid,
    markingAllowed: () => true,
    send: vi.fn(async () => {
      throw new Error('no background in this test');
    }),
  });
}

describe('the on-demand part', () => {
  it.each([
    ['focus', () => window.dispatchEvent(new Event('focus'))],
    ['pageshow', () => window.dispatchEvent(new Event('pageshow'))],
    ['visibilitychange', () => document.dispatchEvent(new Event('visibilitychange'))],
  ])('asks whether the extension is still there on %s', (_, dispatch) => {
    const isValid = vi.fn(() => true);
    startWith(isValid);
    expect(isValid).not.toHaveBeenCalled();
    dispatch();
    expect(isValid).toHaveBeenCalledTimes(1);
  });

  it('stops asking once its lifetime ends', () => {
    const isValid = vi.fn(() => true);
    startWith(isValid);
    controller.abort();
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(isValid).not.toHaveBeenCalled();
  });
});

describe('a background that cannot be reached', () => {
  it('makes the on-demand part ask whether the extension is still there', async () => {
    const isValid = vi.fn(() => false);
    const work = startPageWork({
      signal: controller.signal,
      isValid,
      markingAllowed: () => true,
      send: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'unreachable' as const, message: 'Crosstally’s background could not be reached.' },
      })),
    });
    document.body.innerHTML = '<p>Armenia said 4 helicopters were shot down near Nagorno-Karabakh.</p>';
    const selection = document.getSelection();
    selection?.selectAllChildren(document.body);
    await work.checkSelection({});
    expect(isValid).toHaveBeenCalled();
  });
});
