/**
 * The content script's own first listeners for clicks and pointer moves, on `window` in the
 * capture phase, registered at document_start: before any script of the page runs, so they come
 * first of all listeners (the window is the first target of the capture phase, and listeners on
 * one target run in registration order). A page that stops clicks in its own capture listeners
 * (on window or document) can then no longer hide our marks from the reader. The listeners are
 * passive and never stop or cancel an event: the page's own handlers get every click as before.
 * Marking, loaded much later, subscribes to them.
 */

export interface PointerHandlers {
  click?: (event: MouseEvent) => void;
  pointermove?: (event: PointerEvent) => void;
}

export interface PointerRelay {
  /** Passes this window's clicks and pointer moves to `handlers` until `signal` aborts. */
  subscribe(handlers: PointerHandlers, signal: AbortSignal): void;
}

/** Starts listening now; everything is removed when `signal` aborts. */
export function listenForPointer(win: Window, signal: AbortSignal): PointerRelay {
  const subscribers = new Set<PointerHandlers>();
  const listen = { capture: true, passive: true, signal };
  win.addEventListener(
    'click',
    (event) => {
      for (const handlers of subscribers) handlers.click?.(event);
    },
    listen,
  );
  win.addEventListener(
    'pointermove',
    (event) => {
      for (const handlers of subscribers) handlers.pointermove?.(event);
    },
    listen,
  );
  signal.addEventListener('abort', () => subscribers.clear(), { once: true });
  return {
    subscribe(handlers, until) {
      if (signal.aborted || until.aborted) return;
      subscribers.add(handlers);
      until.addEventListener('abort', () => subscribers.delete(handlers), { once: true });
    },
  };
}
