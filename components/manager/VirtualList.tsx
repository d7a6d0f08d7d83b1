import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type RowRange, scrollToReveal, visibleRows } from '../../utils/manager/windowing';

export interface VirtualListProps {
  /** The list's accessible name. */
  label: string;
  rowCount: number;
  /** Every row's height in pixels (fixed: positions are index × height). */
  rowHeight: number;
  /** The scrolling viewport's height in pixels. */
  height: number;
  /** The content of row `index`; `active` is the row holding the list's tab stop. */
  renderRow: (index: number, active: boolean) => ComponentChildren;
  /** Extra class of a row's element. */
  rowClass?: (index: number) => string;
  /** Whether a row can be focused (group headers cannot); all rows by default. */
  isFocusable?: (index: number) => boolean;
  /** Told which rows are rendered, so their data can be loaded. */
  onRangeChange?: (range: RowRange) => void;
  /** Keys on a focused row besides navigation (Space, Enter, Delete…). */
  onRowKeyDown?: (index: number, event: KeyboardEvent) => void;
  /** A change of this value (a new query) scrolls back to the top. */
  resetKey?: string;
}

/** Puts focus back on the list's tab stop (after a form opened from a row closes). */
export function focusActiveRow(doc: Document = document): void {
  // After the closing render, so the row is there to take focus.
  setTimeout(() => doc.querySelector<HTMLElement>('.ct-vlist li[tabindex="0"]')?.focus(), 0);
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * A long list that renders only the rows on screen. One row holds the tab stop (a roving
 * tabindex); the arrow keys, Home, End and Page keys move it and scroll it into view, so the
 * keyboard reaches every row of 100,000 without tabbing through them. The active row stays
 * rendered even when scrolled away, so the tab stop never disappears.
 */
export function VirtualList(props: VirtualListProps) {
  const { label, rowCount, rowHeight, height, renderRow, rowClass, onRangeChange, onRowKeyDown, resetKey } =
    props;
  const isFocusable = props.isFocusable ?? (() => true);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [resetKey]);

  const firstFocusable = (from: number, step: 1 | -1): number => {
    for (let i = from; i >= 0 && i < rowCount; i += step) if (isFocusable(i)) return i;
    return -1;
  };
  const activeRow =
    active < rowCount && isFocusable(active)
      ? active
      : Math.max(0, firstFocusable(Math.min(active, rowCount - 1), 1));

  const range = visibleRows(scrollTop, height, rowHeight, rowCount);
  useEffect(() => onRangeChange?.(range), [range.start, range.end, rowCount]);

  const indexes = useMemo(() => {
    const shown: number[] = [];
    for (let i = range.start; i < range.end; i++) shown.push(i);
    if (rowCount > 0 && (activeRow < range.start || activeRow >= range.end)) shown.push(activeRow);
    return shown;
  }, [range.start, range.end, activeRow, rowCount]);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${activeRow}"]`)?.focus({ preventScroll: true });
  }, [activeRow, indexes]);

  const moveTo = (target: number, step: 1 | -1) => {
    const next = firstFocusable(Math.max(0, Math.min(rowCount - 1, target)), step);
    const row =
      next === -1 ? firstFocusable(Math.max(0, Math.min(rowCount - 1, target)), step === 1 ? -1 : 1) : next;
    if (row === -1) return;
    focusPending.current = true;
    setActive(row);
    const element = scroller.current;
    if (element) {
      const top = scrollToReveal(row, rowHeight, element.scrollTop, height);
      element.scrollTop = top;
      setScrollTop(top);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!rowElement) return;
    const index = Number(rowElement.dataset.row);
    if (NAVIGATION_KEYS.has(event.key) && !(event.target instanceof HTMLSelectElement)) {
      const page = Math.max(1, Math.floor(height / rowHeight) - 1);
      const moves: Record<string, [number, 1 | -1]> = {
        ArrowDown: [index + 1, 1],
        ArrowUp: [index - 1, -1],
        Home: [0, 1],
        End: [rowCount - 1, -1],
        PageDown: [index + page, 1],
        PageUp: [index - page, -1],
      };
      const [target, step] = moves[event.key] as [number, 1 | -1];
      event.preventDefault();
      moveTo(target, step);
      return;
    }
    onRowKeyDown?.(index, event);
  };

  return (
    <div
      class="ct-vlist"
      ref={scroller}
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul
        class="ct-vlist-rows"
        aria-label={label}
        style={{ height: `${rowCount * rowHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {indexes.map((index) => {
          const focusable = isFocusable(index);
          return (
            <li
              key={index}
              data-row={index}
              class={`ct-vrow ${rowClass?.(index) ?? ''}`}
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
              tabIndex={focusable ? (index === activeRow ? 0 : -1) : undefined}
              onFocusIn={() => {
                if (focusable) setActive(index);
              }}
            >
              {renderRow(index, index === activeRow)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
