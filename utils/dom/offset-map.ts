/**
 * The offset map behind collected text: a sorted list of linear segments, each tying a run of
 * the collected text to a run of one DOM text node. Block boundaries ("\n") and collapsed
 * whitespace fall between segments and map to no node.
 */

/** Turns offsets in the collected text back into DOM positions. */
export interface TextMap {
  /**
   * A Range covering `text.slice(start, end)`, possibly across several text nodes. Null when the
   * offsets are out of bounds, cover only boundaries, cross a shadow-root boundary, or the page
   * has changed those text nodes since collection (a stale map never anchors on the wrong text).
   */
  rangeFor(start: number, end: number): Range | null;
  /** Number of segments; for diagnostics and tests. */
  readonly segmentCount: number;
}

/** Whitespace HTML collapses; the collected text shows each kept one as a single space. */
export function isCollapsibleSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

/** Builds the map while text is collected; `append` merges contiguous runs of the same node. */
export class OffsetMapBuilder {
  private readonly nodes: Text[] = [];
  private readonly textStarts: number[] = [];
  private readonly nodeStarts: number[] = [];
  private readonly lengths: number[] = [];

  append(node: Text, nodeStart: number, textStart: number, length: number): void {
    const last = this.nodes.length - 1;
    if (
      last >= 0 &&
      this.nodes[last] === node &&
      (this.nodeStarts[last] as number) + (this.lengths[last] as number) === nodeStart &&
      (this.textStarts[last] as number) + (this.lengths[last] as number) === textStart
    ) {
      this.lengths[last] = (this.lengths[last] as number) + length;
      return;
    }
    this.nodes.push(node);
    this.textStarts.push(textStart);
    this.nodeStarts.push(nodeStart);
    this.lengths.push(length);
  }

  build(text: string): TextMap {
    return new SegmentMap(text, this.nodes, this.textStarts, this.nodeStarts, this.lengths);
  }
}

class SegmentMap implements TextMap {
  constructor(
    private readonly text: string,
    private readonly nodes: readonly Text[],
    private readonly textStarts: readonly number[],
    private readonly nodeStarts: readonly number[],
    private readonly lengths: readonly number[],
  ) {}

  get segmentCount(): number {
    return this.nodes.length;
  }

  rangeFor(start: number, end: number): Range | null {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this.text.length) {
      return null;
    }
    if (start >= end) return null;
    let first = this.lastSegmentStartingAtOrBefore(start);
    if (first < 0 || start >= this.segmentEnd(first)) first += 1;
    const last = this.lastSegmentStartingAtOrBefore(end - 1);
    if (first >= this.nodes.length || last < first) return null;

    const startNode = this.nodes[first] as Text;
    const endNode = this.nodes[last] as Text;
    if (!startNode.isConnected || !endNode.isConnected) return null;
    if (startNode.getRootNode() !== endNode.getRootNode()) return null;
    if (!this.stillMatches(first, last, start, end)) return null;

    const firstTextStart = this.textStarts[first] as number;
    const startOffset = (this.nodeStarts[first] as number) + Math.max(0, start - firstTextStart);
    const lastTextStart = this.textStarts[last] as number;
    const endOffset =
      (this.nodeStarts[last] as number) + Math.min(end, this.segmentEnd(last)) - lastTextStart;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  private segmentEnd(index: number): number {
    return (this.textStarts[index] as number) + (this.lengths[index] as number);
  }

  /** Binary search: the last segment whose text start is <= offset, or -1. */
  private lastSegmentStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.textStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if ((this.textStarts[mid] as number) <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** Compares the covered text with the nodes' current data, so edits since collection are caught. */
  private stillMatches(first: number, last: number, start: number, end: number): boolean {
    for (let index = first; index <= last; index++) {
      const textStart = this.textStarts[index] as number;
      const from = Math.max(start, textStart);
      const to = Math.min(end, this.segmentEnd(index));
      const data = (this.nodes[index] as Text).data;
      const nodeShift = (this.nodeStarts[index] as number) - textStart;
      if (to + nodeShift > data.length) return false;
      for (let offset = from; offset < to; offset++) {
        const expected = this.text[offset];
        const actual = data[offset + nodeShift];
        if (expected !== actual && !(expected === ' ' && isCollapsibleSpace(actual))) return false;
      }
    }
    return true;
  }
}
