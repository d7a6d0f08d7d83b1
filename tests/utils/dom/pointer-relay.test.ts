// @vitest-environment happy-dom
/**
 * The content script's click listeners, registered before the page's: a page that swallows clicks
 * in its own capture listeners (window or document, stopPropagation or stopImmediatePropagation)
 * cannot keep them from us, and we never stop or cancel the page's clicks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForPointer } from '../../../utils/dom/pointer-relay';

let lifetime: AbortController;
let pageListeners: AbortController;

beforeEach(() => {
  lifetime = new AbortController();
  pageListeners = new AbortController();
  document.body.innerHTML = '<p id="text">Armenia said 4 helicopters were shot down.</p>';
});
afterEach(() => {
  lifetime.abort();
  pageListeners.abort();
});

/** The page's own handlers, registered after the content script's (as at document_start). */
function pageSwallowsClicks(): { seen: string[] } {
  const seen: string[] = [];
  const signal = pageListeners.signal;
  window.addEventListener(
    'click',
    (event) => {
      seen.push('window capture');
      event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
  document.addEventListener('click', (event) => event.stopPropagation(), { capture: true, signal });
  return { seen };
}

describe('listenForPointer', () => {
  it('gets clicks a page stops in its capture listeners, and leaves them to the page', () => {
    const relay = listenForPointer(window, lifetime.signal);
    const page = pageSwallowsClicks();
    const click = vi.fn();
    relay.subscribe({ click }, lifetime.signal);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('text')?.dispatchEvent(event);
    expect(click).toHaveBeenCalledTimes(1);
    expect(click.mock.calls[0]?.[0]).toBe(event);
    // The page's own handler still ran, and nothing of ours cancelled the click.
    expect(page.seen).toEqual(['window capture']);
    expect(event.defaultPrevented).toBe(false);
  });

  it('passes pointer moves, and stops passing anything when the subscriber or the script ends', () => {
    const relay = listenForPointer(window, lifetime.signal);
    const marking = new AbortController();
    const pointermove = vi.fn();
    const click = vi.fn();
    relay.subscribe({ click, pointermove }, marking.signal);
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 3, clientY: 4 }));
    expect(pointermove).toHaveBeenCalledTimes(1);
    marking.abort();
    window.dispatchEvent(new MouseEvent('click'));
    expect(click).not.toHaveBeenCalled();

    const later = vi.fn();
    relay.subscribe({ click: later }, new AbortController().signal);
    lifetime.abort();
    window.dispatchEvent(new MouseEvent('click'));
    expect(later).not.toHaveBeenCalled();
  });
});
