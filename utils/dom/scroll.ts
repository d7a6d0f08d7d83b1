/** Brings a mark into view; a Range has no scrollIntoView of its own. */

/** Keeps a mark this far from the viewport's top and bottom edges before scrolling. */
const EDGE_MARGIN_PX = 48;

/**
 * Scrolls nested scroll containers to the mark's element, then centres the mark itself in the
 * window when it is near or beyond an edge. Instant, so reduced-motion readers get no animation
 * and the mark's rectangle is right as soon as this returns.
 */
export function scrollRangeIntoView(range: Range, win: Window = window): void {
  const container = range.startContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  if (rect.top >= EDGE_MARGIN_PX && rect.bottom <= win.innerHeight - EDGE_MARGIN_PX) return;
  const offset = rect.top + rect.height / 2 - win.innerHeight / 2;
  win.scrollBy({ top: offset, behavior: 'instant' });
}
