/**
 * Pure placement of the overlay beside its anchor (the figure's client rect):
 * try each side in order, flip when a side lacks room, clamp inside the
 * viewport, and cap the size when nothing fits so the content scrolls instead
 * of leaving the screen. All coordinates are viewport (client) pixels.
 */

export type Placement = 'below' | 'above' | 'right' | 'left';

/** The parts of a DOMRect this needs; a DOMRect fits. */
export interface AnchorRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PositionInput {
  anchor: AnchorRect;
  /** The overlay's natural (unclamped) size. */
  overlay: Size;
  viewport: Size;
  /** Distance between anchor and overlay. */
  gap?: number;
  /** Distance kept from the viewport's edges. */
  margin?: number;
  /** Placements to try, most preferred first. */
  order?: readonly Placement[];
}

export interface OverlayPosition {
  top: number;
  left: number;
  placement: Placement;
  /** Caps to apply to the overlay (it scrolls inside them). */
  maxWidth: number;
  maxHeight: number;
}

/** The least height worth scrolling in: a heading and a couple of lines. */
const MIN_SCROLL_HEIGHT = 160;

export const DEFAULT_ORDER: readonly Placement[] = ['below', 'above', 'right', 'left'];

const isVertical = (placement: Placement): boolean => placement === 'below' || placement === 'above';

export function computeOverlayPosition(input: PositionInput): OverlayPosition {
  const { anchor, overlay, viewport, gap = 8, margin = 8, order = DEFAULT_ORDER } = input;
  const anchorRight = anchor.left + anchor.width;
  const anchorBottom = anchor.top + anchor.height;
  const fullWidth = Math.max(0, viewport.width - 2 * margin);
  const fullHeight = Math.max(0, viewport.height - 2 * margin);

  const room: Record<Placement, number> = {
    below: viewport.height - margin - (anchorBottom + gap),
    above: anchor.top - gap - margin,
    right: viewport.width - margin - (anchorRight + gap),
    left: anchor.left - gap - margin,
  };
  const fits = (p: Placement): boolean =>
    isVertical(p)
      ? overlay.height <= room[p] && overlay.width <= fullWidth
      : overlay.width <= room[p] && overlay.height <= fullHeight;

  // When no side fits, the overlay is usually wide: take the roomier of below/above and let it scroll.
  const placement = order.find(fits) ?? (room.below >= room.above ? 'below' : 'above');

  const maxWidth = Math.max(0, isVertical(placement) ? fullWidth : Math.min(fullWidth, room[placement]));
  // Below a usable height the overlay may cover its anchor rather than shrink to nothing.
  const usableHeight = Math.min(fullHeight, MIN_SCROLL_HEIGHT);
  const maxHeight = isVertical(placement)
    ? Math.max(usableHeight, Math.min(fullHeight, room[placement]))
    : fullHeight;
  const width = Math.min(overlay.width, maxWidth);
  const height = Math.min(overlay.height, maxHeight);

  let top: number;
  let left: number;
  switch (placement) {
    case 'below':
      top = anchorBottom + gap;
      left = anchor.left;
      break;
    case 'above':
      top = anchor.top - gap - height;
      left = anchor.left;
      break;
    case 'right':
      top = anchor.top;
      left = anchorRight + gap;
      break;
    case 'left':
      top = anchor.top;
      left = anchor.left - gap - width;
      break;
  }

  return {
    top: Math.round(clamp(top, margin, viewport.height - margin - height)),
    left: Math.round(clamp(left, margin, viewport.width - margin - width)),
    placement,
    maxWidth: Math.floor(maxWidth),
    maxHeight: Math.floor(maxHeight),
  };
}

/** Clamps into [min, max]; when the range is empty (tiny viewport) the start edge wins. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
