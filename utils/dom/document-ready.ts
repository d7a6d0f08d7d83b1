/**
 * When a content script that starts at document_start (for its click listeners, see
 * pointer-relay.ts) does the rest of its start: once the document is parsed and the page has had
 * a moment, as the browsers' own `document_idle` would.
 */

/** Resolves after DOMContentLoaded (at once if it passed) and then the next idle moment (200 ms at most). */
export function whenDocumentIdle(doc: Document, win: Window): Promise<void> {
  return new Promise((resolve) => {
    const afterParsing = (): void => {
      if (typeof win.requestIdleCallback === 'function')
        win.requestIdleCallback(() => resolve(), { timeout: 200 });
      else win.setTimeout(resolve, 0);
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', afterParsing, { once: true });
    else afterParsing();
  });
}
