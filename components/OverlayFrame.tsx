import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { type AnchorRect, computeOverlayPosition, type Size } from '../utils/overlay/position';

/** Taller than this, the dialog scrolls: beside a sentence it should not cover the whole page. */
export const MAX_DIALOG_HEIGHT = 480;

export interface OverlayFrameProps {
  /** The figure's current client rect; null once the figure is gone from the page. */
  getAnchorRect: () => AnchorRect | null;
  /** The overlay's host element: a pointer event whose composed path holds it is inside. */
  host: Element;
  /** A pointer went down outside the overlay. */
  onOutsidePointer: () => void;
  /** getAnchorRect returned null. */
  onAnchorLost: () => void;
  /** The dialog; its first element is measured and capped. */
  children: ComponentChildren;
}

/**
 * Places its child beside the anchor and keeps it there while the page scrolls
 * or resizes (at most once per frame). Writes styles directly instead of
 * re-rendering: scrolling must stay cheap.
 */
export function OverlayFrame(props: OverlayFrameProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  // Callbacks change on every render; the listeners read the latest ones.
  const latest = useRef(props);
  latest.current = props;
  const { host } = props;

  useLayoutEffect(() => {
    const frame = frameRef.current;
    const doc = host.ownerDocument;
    const win = doc.defaultView;
    if (!frame || !win) return;
    let frameRequest = 0;

    const place = () => {
      frameRequest = 0;
      const anchor = latest.current.getAnchorRect();
      if (!anchor) {
        latest.current.onAnchorLost();
        return;
      }
      const dialog = frame.firstElementChild as HTMLElement | null;
      if (!dialog) return;
      const pos = computeOverlayPosition({
        anchor,
        overlay: naturalSize(dialog),
        viewport: viewportSize(doc, win),
      });
      // The host sits at the viewport's origin, unless an ancestor transform moved it (no top layer).
      const origin = host.getBoundingClientRect();
      frame.style.top = `${pos.top - origin.top}px`;
      frame.style.left = `${pos.left - origin.left}px`;
      frame.style.setProperty('--ct-max-width', `${pos.maxWidth}px`);
      frame.style.setProperty('--ct-max-height', `${Math.min(pos.maxHeight, MAX_DIALOG_HEIGHT)}px`);
      frame.dataset.placement = pos.placement;
      frame.dataset.positioned = 'true';
    };
    const schedule = () => {
      if (!frameRequest) frameRequest = win.requestAnimationFrame(place);
    };
    const onPointerDown = (event: Event) => {
      if (!event.composedPath().includes(host)) latest.current.onOutsidePointer();
    };

    place();
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    doc.addEventListener('pointerdown', onPointerDown, true);
    const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    if (frame.firstElementChild) resizeObserver?.observe(frame.firstElementChild);
    return () => {
      if (frameRequest) win.cancelAnimationFrame(frameRequest);
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      resizeObserver?.disconnect();
    };
  }, [host]);

  return (
    <div ref={frameRef} class="ct-frame" data-positioned="false">
      {props.children}
    </div>
  );
}

/** The size the dialog would take, up to the design cap: its content height even while it scrolls. */
function naturalSize(dialog: HTMLElement): Size {
  const borderY = dialog.offsetHeight - dialog.clientHeight;
  const content = Math.max(dialog.offsetHeight, dialog.scrollHeight + borderY);
  return { width: dialog.offsetWidth, height: Math.min(content, MAX_DIALOG_HEIGHT) };
}

/**
 * In standards mode the root's client size is the viewport without scrollbars,
 * whatever CSS the page gives html; quirks mode measures the body instead.
 */
function viewportSize(doc: Document, win: Window): Size {
  const root = (doc.compatMode === 'BackCompat' && doc.body) || doc.documentElement;
  return {
    width: root.clientWidth > 0 ? root.clientWidth : win.innerWidth,
    height: root.clientHeight > 0 ? root.clientHeight : win.innerHeight,
  };
}
