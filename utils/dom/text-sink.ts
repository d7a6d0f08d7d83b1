/**
 * Accumulates collected text the way HTML renders it: whitespace runs collapse to one space
 * (kept only between inline content), block boundaries become one "\n", and every emitted run
 * is recorded in the offset map.
 */
import { isCollapsibleSpace, OffsetMapBuilder } from './offset-map';

export class TextSink {
  private readonly parts: string[] = [];
  length = 0;
  private lastChar = '';
  /** Where a collapsed whitespace run sits, emitted as one space only if more text follows inline. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  readonly map = new OffsetMapBuilder();
  truncated = false;

  constructor(private readonly maxChars: number) {}

  boundary(): void {
    this.pendingSpace = null;
    if (this.length > 0 && this.lastChar !== '\n') this.push('\n');
  }

  addText(node: Text, preserve: boolean): void {
    const data = node.data;
    if (preserve) {
      this.flushSpace();
      this.emit(node, 0, data.length);
      return;
    }
    let index = 0;
    while (index < data.length && !this.truncated) {
      if (isCollapsibleSpace(data[index])) {
        let runEnd = index + 1;
        while (runEnd < data.length && isCollapsibleSpace(data[runEnd])) runEnd++;
        if (this.length > 0 && this.lastChar !== '\n' && this.lastChar !== ' ') {
          this.pendingSpace = { node, offset: runEnd - 1 };
        }
        index = runEnd;
      } else {
        let runEnd = index + 1;
        while (runEnd < data.length && !isCollapsibleSpace(data[runEnd])) runEnd++;
        this.flushSpace();
        this.emit(node, index, runEnd - index);
        index = runEnd;
      }
    }
  }

  result(): string {
    const text = this.parts.join('');
    // The closing boundary of the last block maps to nothing; dropping it keeps offsets intact.
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  }

  private flushSpace(): void {
    const pending = this.pendingSpace;
    if (!pending) return;
    this.pendingSpace = null;
    this.map.append(pending.node, pending.offset, this.length, 1);
    this.push(' ');
  }

  private emit(node: Text, nodeStart: number, length: number): void {
    if (length === 0 || this.truncated) return;
    const room = this.maxChars - this.length;
    const kept = Math.min(length, room);
    if (kept < length) this.truncated = true;
    if (kept <= 0) return;
    this.map.append(node, nodeStart, this.length, kept);
    this.push(node.data.slice(nodeStart, nodeStart + kept));
  }

  private push(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
    this.lastChar = chunk[chunk.length - 1] ?? this.lastChar;
  }
}
