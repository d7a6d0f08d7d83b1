import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayRowAt,
  groupOffsets,
  pagesCovering,
  rowOfClaim,
  scrollToReveal,
  visibleRows,
} from '../../../utils/manager/windowing';

describe('visibleRows', () => {
  it('renders a screenful plus overscan, whatever the list length', () => {
    expect(visibleRows(0, 400, 40, 100_000, 2)).toEqual({ start: 0, end: 13 });
    expect(visibleRows(4_000_000 - 400, 400, 40, 100_000, 2)).toEqual({ start: 99_988, end: 100_000 });
    const middle = visibleRows(2_000_000, 400, 40, 100_000, 2);
    expect(middle).toEqual({ start: 49_998, end: 50_013 });
  });

  it('copes with empty lists, a scroll past the end and no measured height', () => {
    expect(visibleRows(0, 400, 40, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(99_999, 400, 40, 10, 0)).toEqual({ start: 9, end: 10 });
    expect(visibleRows(0, 0, 40, 10, 0)).toEqual({ start: 0, end: 2 });
  });

  it('always covers every row that intersects the viewport', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(2_000),
        fc.integer({ min: 1, max: 5_000 }),
        (scrollTop, height, rows) => {
          const rowHeight = 32;
          const range = visibleRows(scrollTop, height, rowHeight, rows, 0);
          for (let row = 0; row < rows; row++) {
            const intersects = row * rowHeight < scrollTop + height && (row + 1) * rowHeight > scrollTop;
            if (intersects) expect(row >= range.start && row < range.end).toBe(true);
          }
          expect(range.end - range.start).toBeLessThanOrEqual(
            Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scrollToReveal', () => {
  it('moves as little as needed to show a row', () => {
    expect(scrollToReveal(5, 40, 0, 400)).toBe(0);
    expect(scrollToReveal(12, 40, 0, 400)).toBe(120);
    expect(scrollToReveal(2, 40, 200, 400)).toBe(80);
  });
});

describe('grouped rows', () => {
  const offsets = groupOffsets([3, 1, 2]);

  it('puts a header before each group', () => {
    expect(offsets.rowCount).toBe(9);
    const rows = Array.from({ length: 9 }, (_, row) => displayRowAt(offsets, row));
    expect(rows).toEqual([
      { kind: 'header', group: 0 },
      { kind: 'claim', group: 0, claimIndex: 0 },
      { kind: 'claim', group: 0, claimIndex: 1 },
      { kind: 'claim', group: 0, claimIndex: 2 },
      { kind: 'header', group: 1 },
      { kind: 'claim', group: 1, claimIndex: 3 },
      { kind: 'header', group: 2 },
      { kind: 'claim', group: 2, claimIndex: 4 },
      { kind: 'claim', group: 2, claimIndex: 5 },
    ]);
  });

  it('finds the row of every claim and back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }), (counts) => {
        const o = groupOffsets(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        for (let claim = 0; claim < total; claim++) {
          const row = displayRowAt(o, rowOfClaim(o, claim));
          expect(row.kind === 'claim' && row.claimIndex).toBe(claim);
        }
      }),
    );
  });
});

describe('pagesCovering', () => {
  it('names the pages that hold a range of claims', () => {
    expect(pagesCovering(0, 10, 100)).toEqual([0]);
    expect(pagesCovering(95, 205, 100)).toEqual([0, 1, 2]);
    expect(pagesCovering(5, 5, 100)).toEqual([]);
  });
});
