import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnchorRect, computeOverlayPosition } from '../../../utils/overlay/position';

const viewport = { width: 1000, height: 800 };
const overlay = { width: 360, height: 300 };
const anchorAt = (left: number, top: number, width = 80, height = 20): AnchorRect => ({
  left,
  top,
  width,
  height,
});

describe('computeOverlayPosition', () => {
  it('opens below the figure, aligned with its start, when there is room', () => {
    const pos = computeOverlayPosition({ anchor: anchorAt(100, 100), overlay, viewport });
    expect(pos).toMatchObject({ placement: 'below', top: 128, left: 100 });
  });

  it('flips above when the figure is near the bottom edge', () => {
    const pos = computeOverlayPosition({ anchor: anchorAt(100, 700), overlay, viewport });
    expect(pos.placement).toBe('above');
    expect(pos.top + overlay.height).toBe(700 - 8);
  });

  it('goes to the right when neither below nor above has room', () => {
    const short = { width: 1000, height: 420 };
    const pos = computeOverlayPosition({ anchor: anchorAt(100, 200), overlay, viewport: short });
    expect(pos.placement).toBe('right');
    expect(pos.left).toBe(100 + 80 + 8);
  });

  it('flips to the left when the figure is near the right edge and nothing fits vertically', () => {
    const short = { width: 1000, height: 420 };
    const pos = computeOverlayPosition({ anchor: anchorAt(800, 200), overlay, viewport: short });
    expect(pos.placement).toBe('left');
    expect(pos.left + overlay.width).toBe(800 - 8);
  });

  it('clamps inside the right edge instead of overflowing', () => {
    const pos = computeOverlayPosition({ anchor: anchorAt(900, 100), overlay, viewport });
    expect(pos.placement).toBe('below');
    expect(pos.left).toBe(1000 - 8 - 360);
  });

  it('clamps inside the top edge when the figure has scrolled out of view above', () => {
    const pos = computeOverlayPosition({ anchor: anchorAt(100, -200), overlay, viewport });
    expect(pos.top).toBe(8);
  });

  it('caps the size to a tiny viewport and keeps the overlay on screen', () => {
    const tiny = { width: 240, height: 200 };
    const pos = computeOverlayPosition({ anchor: anchorAt(20, 90), overlay, viewport: tiny });
    expect(pos.maxWidth).toBe(240 - 16);
    expect(pos.maxHeight).toBeLessThanOrEqual(200 - 16);
    expect(pos.maxHeight).toBeGreaterThan(0);
    expect(pos.left).toBe(8);
    expect(pos.top).toBeGreaterThanOrEqual(8);
    expect(pos.top + pos.maxHeight).toBeLessThanOrEqual(200 - 8);
  });

  it('takes the roomier vertical side and scrolls when the overlay is taller than both', () => {
    const tall = { width: 360, height: 2000 };
    const pos = computeOverlayPosition({ anchor: anchorAt(100, 600), overlay: tall, viewport });
    expect(pos.placement).toBe('above');
    expect(pos.maxHeight).toBe(600 - 8 - 8);
    expect(pos.top).toBe(8);
  });

  it('honours a custom order of placements', () => {
    const pos = computeOverlayPosition({
      anchor: anchorAt(100, 100),
      overlay,
      viewport,
      order: ['right', 'below'],
    });
    expect(pos.placement).toBe('right');
  });

  it('always stays inside the viewport and off the anchor when some side fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 50, max: 600 }),
        fc.integer({ min: 50, max: 600 }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        (vw, vh, ow, oh, fx, fy) => {
          const anchor = anchorAt(fx * vw, fy * vh, 40, 18);
          const pos = computeOverlayPosition({
            anchor,
            overlay: { width: ow, height: oh },
            viewport: { width: vw, height: vh },
          });
          const width = Math.min(ow, pos.maxWidth);
          const height = Math.min(oh, pos.maxHeight);
          expect(pos.left).toBeGreaterThanOrEqual(8);
          expect(pos.top).toBeGreaterThanOrEqual(8);
          if (ow <= vw - 16) expect(pos.left + width).toBeLessThanOrEqual(vw - 8 + 0.5);
          if (oh <= vh - 16) expect(pos.top + height).toBeLessThanOrEqual(vh - 8 + 0.5);
          const roomBelow = vh - 8 - (anchor.top + 18 + 8);
          const roomAbove = anchor.top - 8 - 8;
          const verticalFits = ow <= vw - 16 && (oh <= roomBelow || oh <= roomAbove);
          if (verticalFits) {
            const overlaps =
              pos.left < anchor.left + 40 &&
              pos.left + width > anchor.left &&
              pos.top < anchor.top + 18 &&
              pos.top + height > anchor.top;
            expect(overlaps).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
