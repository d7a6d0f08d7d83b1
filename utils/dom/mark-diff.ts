/** Compares the marks on the page with a new set, so re-runs touch only what changed. */
import type { Mark } from './types';

export interface MarkDiff {
  /** Ids not painted before. */
  added: Mark[];
  /** Ids painted before whose range now covers different DOM positions. */
  moved: Mark[];
  /** Ids painted before and absent now. */
  removed: string[];
  /** Ids whose range covers the same DOM positions as before. */
  kept: string[];
}

/** True when both ranges start and end at the same DOM positions. */
export function sameBoundaries(a: AbstractRange, b: AbstractRange): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Diff by id; when `next` repeats an id, its first mark wins. */
export function diffMarks(current: ReadonlyMap<string, Range>, next: readonly Mark[]): MarkDiff {
  const diff: MarkDiff = { added: [], moved: [], removed: [], kept: [] };
  const seen = new Set<string>();
  for (const mark of next) {
    if (seen.has(mark.id)) continue;
    seen.add(mark.id);
    const previous = current.get(mark.id);
    if (!previous) diff.added.push(mark);
    else if (sameBoundaries(previous, mark.range)) diff.kept.push(mark.id);
    else diff.moved.push(mark);
  }
  for (const id of current.keys()) if (!seen.has(id)) diff.removed.push(id);
  return diff;
}
