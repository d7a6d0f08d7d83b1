/**
 * Selecting many claims: single toggles, shift-click ranges from the last clicked row, all of a
 * query. Immutable values, so a component re-renders when the selection changes.
 */

export interface Selection {
  ids: ReadonlySet<string>;
  /** List index of the last row clicked without shift: the other end of a shift-click range. */
  anchor: number | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.ids.has(id);
}

/** Flips one claim and makes its row the anchor of the next range. */
export function toggleOne(selection: Selection, id: string, index: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: index };
}

/** The list indexes a shift-click at `index` covers (inclusive), or just `index` without an anchor. */
export function rangeFrom(selection: Selection, index: number): { from: number; to: number } {
  const anchor = selection.anchor ?? index;
  return { from: Math.min(anchor, index), to: Math.max(anchor, index) };
}

/** Selects (or clears, when the clicked row was selected) the claims of a range; the anchor stays. */
export function applyRange(selection: Selection, ids: readonly string[], select: boolean): Selection {
  const next = new Set(selection.ids);
  for (const id of ids) {
    if (select) next.add(id);
    else next.delete(id);
  }
  return { ids: next, anchor: selection.anchor };
}

export function selectAll(ids: readonly string[]): Selection {
  return { ids: new Set(ids), anchor: null };
}

/** Drops ids that are gone (deleted, or no longer in the store). */
export function without(selection: Selection, gone: readonly string[]): Selection {
  if (gone.length === 0) return selection;
  const ids = new Set(selection.ids);
  for (const id of gone) ids.delete(id);
  return { ids, anchor: selection.anchor };
}
