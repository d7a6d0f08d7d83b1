/**
 * Virtual list arithmetic: which rows of a long list are on screen, and how the claim list's
 * rows interleave group headers (one per metric) with claims. Every row has the same height, so
 * a row's place is its index times that height, and 100,000 rows cost what 20 do.
 */

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows a viewport shows at `scrollTop`, with `overscan` extra rows on each side. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 4,
): RowRange {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(rowCount - 1, Math.floor(top / rowHeight));
  const shown = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(rowCount, first + shown + overscan) };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollToReveal(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** A row of the grouped claim list. `claimIndex` counts claims only, across groups. */
export type DisplayRow =
  | { kind: 'header'; group: number }
  | { kind: 'claim'; group: number; claimIndex: number };

/** Where each group starts: its header's row, and its first claim's index. */
export interface GroupOffsets {
  headerRows: number[];
  firstClaims: number[];
  rowCount: number;
}

export function groupOffsets(counts: readonly number[]): GroupOffsets {
  const headerRows: number[] = [];
  const firstClaims: number[] = [];
  let row = 0;
  let claim = 0;
  for (const count of counts) {
    headerRows.push(row);
    firstClaims.push(claim);
    row += count + 1;
    claim += count;
  }
  return { headerRows, firstClaims, rowCount: row };
}

/** The last index whose value is at most `target` in an ascending list (binary search). */
function lastAtMost(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] as number) <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function displayRowAt(offsets: GroupOffsets, row: number): DisplayRow {
  const group = lastAtMost(offsets.headerRows, row);
  const header = offsets.headerRows[group] ?? 0;
  if (row === header) return { kind: 'header', group };
  return { kind: 'claim', group, claimIndex: (offsets.firstClaims[group] ?? 0) + row - header - 1 };
}

/** The row of the claim at `claimIndex`. */
export function rowOfClaim(offsets: GroupOffsets, claimIndex: number): number {
  const group = lastAtMost(offsets.firstClaims, claimIndex);
  return (offsets.headerRows[group] ?? 0) + 1 + claimIndex - (offsets.firstClaims[group] ?? 0);
}

/** The pages (of `pageSize` claims) that hold claims `from` to `to` (exclusive). */
export function pagesCovering(from: number, to: number, pageSize: number): number[] {
  if (to <= from) return [];
  const pages: number[] = [];
  for (let page = Math.floor(from / pageSize); page * pageSize < to; page++) pages.push(page);
  return pages;
}
