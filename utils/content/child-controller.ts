/**
 * A part of the content script that can be stopped on its own (marking when the site is switched
 * off, the coverage watch once marking takes over) and must stop with the whole script.
 */

/** A controller that also aborts when `parent` does; the link is dropped once either aborts. */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) {
    child.abort();
    return child;
  }
  const onAbort = () => child.abort();
  parent.addEventListener('abort', onAbort, { once: true });
  child.signal.addEventListener('abort', () => parent.removeEventListener('abort', onAbort), { once: true });
  return child;
}
