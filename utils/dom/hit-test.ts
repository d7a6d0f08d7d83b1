/**
 * Highlights receive no events, so clicks and hovers are mapped to marks here: the caret
 * position under the pointer picks candidate marks, and the marks' client rectangles confirm
 * the pointer is on the figure itself (a caret at a range's end also matches the gap after it).
 */
import { isOwnUi } from './own-ui';
import { listenForPointer, type PointerHandlers, type PointerRelay } from './pointer-relay';
import type { Mark } from './types';

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Interactive page elements keep their own click behaviour; the keyboard path reaches those figures. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]';

/** The DOM position under a viewport point, with either engine's API. */
export function caretPointAt(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when one of the range's line boxes contains the point (with `slop` px tolerance). */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) {
      return true;
    }
  }
  return false;
}

function rangeHasPoint(range: Range, point: CaretPoint): boolean {
  try {
    return range.isPointInRange(point.node, point.offset);
  } catch {
    return false; // a point in another document or a doctype
  }
}

/** The id of the mark painted at viewport point (x, y), or null. */
export function markAtPoint(
  marks: readonly Mark[],
  x: number,
  y: number,
  doc: Document = document,
): string | null {
  if (marks.length === 0) return null;
  const caret = caretPointAt(doc, x, y);
  // A caret in a text node is precise: no mark holds it means no mark is there. Without one
  // (old engines, text inside a page component's shadow root) every mark's boxes are checked.
  const candidates =
    caret && caret.node.nodeType === 3 ? marks.filter((mark) => rangeHasPoint(mark.range, caret)) : marks;
  for (const mark of candidates) {
    if (rangeContainsPoint(mark.range, x, y)) return mark.id;
  }
  return null;
}

export interface MarkPointerOptions {
  doc?: Document;
  /** The marks as painted now. */
  marks: () => readonly Mark[];
  /** A primary click on a mark, outside links and controls, with no text selected. */
  onActivate: (id: string, event: MouseEvent) => void;
  /** The mark under a mouse or pen pointer changed (null: none). At most once per frame. */
  onHover?: (id: string | null) => void;
  /**
   * The content script's listeners registered at document_start (pointer-relay.ts), which page
   * handlers cannot stop; without it, listeners are added on the window now.
   */
  relay?: PointerRelay;
  signal: AbortSignal;
}

function eventOrigin(event: Event): Element | null {
  const origin = event.composedPath()[0] ?? event.target;
  if (!origin || !(origin as Node).nodeType) return null;
  const node = origin as Node;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * Listens for clicks and pointer moves (window, capture phase, passive: the page's own handlers
 * get every event unchanged); all removed when `signal` aborts. Acts only on clicks that hit a mark.
 */
export function attachMarkPointer(options: MarkPointerOptions): void {
  const doc = options.doc ?? document;
  const win = doc.defaultView;
  if (!win || options.signal.aborted) return;
  const handlers: PointerHandlers = {
    click(event) {
      if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const origin = eventOrigin(event);
      if (!origin || isOwnUi(origin) || origin.closest(INTERACTIVE)) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return; // the reader is selecting text
      const id = markAtPoint(options.marks(), event.clientX, event.clientY, doc);
      if (id !== null) options.onActivate(id, event);
    },
  };

  const onHover = options.onHover;
  let frame = 0;
  if (onHover) {
    let hovered: string | null = null;
    let lastX = 0;
    let lastY = 0;
    const report = (id: string | null): void => {
      if (id === hovered) return;
      hovered = id;
      onHover(id);
    };
    handlers.pointermove = (event) => {
      if (event.pointerType === 'touch') return;
      lastX = event.clientX;
      lastY = event.clientY;
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        report(markAtPoint(options.marks(), lastX, lastY, doc));
      });
    };
    doc.documentElement.addEventListener('pointerleave', () => report(null), {
      capture: true,
      passive: true,
      signal: options.signal,
    });
    options.signal.addEventListener('abort', () => {
      if (frame) win.cancelAnimationFrame(frame);
    });
  }
  (options.relay ?? listenForPointer(win, options.signal)).subscribe(handlers, options.signal);
}
