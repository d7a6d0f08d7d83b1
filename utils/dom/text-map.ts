/**
 * Turns the visible text of a page area into one string plus an offset map back to the DOM.
 * Inline elements join without separators (so `<b>4</b> helicopters` reads "4 helicopters");
 * block elements and <br> insert "\n" so sentences of different blocks never run together.
 * Whitespace is collapsed the way HTML renders it, except under `pre`.
 */
import { isCollapsibleSpace, OffsetMapBuilder, type TextMap } from './offset-map';
import { isOwnUi } from './own-ui';
import {
  classifyElement,
  readComputedStyle,
  type StyleReader,
  type VisibilityOptions,
  type WalkContext,
} from './visibility';

export type { TextMap } from './offset-map';

export interface CollectOptions extends VisibilityOptions {
  /** Stop after this many characters of text (default 2 000 000). */
  maxChars?: number;
  /** Stop after visiting this many nodes (default 200 000). */
  maxNodes?: number;
  /** Computed-style reader; `null` decides from tags and attributes only (fast, less exact). */
  readStyle?: StyleReader | null;
  /** Descend into open shadow roots of page components (default true). */
  includeShadowRoots?: boolean;
}

export interface CollectedText {
  text: string;
  map: TextMap;
  /** True when a cap stopped collection early: the text is a prefix of the area's text. */
  truncated: boolean;
  nodesVisited: number;
}

const DEFAULT_MAX_CHARS = 2_000_000;
const DEFAULT_MAX_NODES = 200_000;
const ROOT_CONTEXT: WalkContext = { textVisible: true, preserveWhitespace: false };

/** Marks the end of a block element on the walk stack. */
const END_OF_BLOCK = Symbol('end-of-block');
type StackItem = { node: Node; context: WalkContext } | typeof END_OF_BLOCK;

class TextSink {
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

/** The nodes rendered in place of an element's children: shadow tree, slotted nodes, open details. */
function renderedChildren(element: Element, includeShadowRoots: boolean): ArrayLike<Node> {
  if (includeShadowRoots && element.shadowRoot) return element.shadowRoot.childNodes;
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  if (element.localName === 'details' && !element.hasAttribute('open')) {
    return Array.from(element.children).filter((child) => child.localName === 'summary');
  }
  return element.childNodes;
}

/**
 * Collects the visible text under `roots` (in the order given, separated as blocks) with a map
 * from text offsets back to DOM ranges. Skips scripts, styles, form fields, editable areas,
 * hidden and screen-reader-only text, embedded documents, and Crosstally's own UI.
 */
export function collectText(roots: Node | readonly Node[], options: CollectOptions = {}): CollectedText {
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const readStyle = options.readStyle === undefined ? readComputedStyle : options.readStyle;
  const includeShadowRoots = options.includeShadowRoots ?? true;
  const sink = new TextSink(options.maxChars ?? DEFAULT_MAX_CHARS);
  const rootList = (Array.isArray(roots) ? roots : [roots]) as readonly Node[];
  const stack: StackItem[] = [];
  for (let index = rootList.length - 1; index >= 0; index--) {
    const root = rootList[index] as Node;
    if (isOwnUi(root)) continue;
    stack.push(END_OF_BLOCK, { node: root, context: ROOT_CONTEXT });
  }

  let nodesVisited = 0;
  while (stack.length > 0 && !sink.truncated) {
    const item = stack.pop() as StackItem;
    if (item === END_OF_BLOCK) {
      sink.boundary();
      continue;
    }
    if (++nodesVisited > maxNodes) {
      sink.truncated = true;
      break;
    }
    const { node, context } = item;
    if (node.nodeType === 3) {
      if (context.textVisible) sink.addText(node as Text, context.preserveWhitespace);
      continue;
    }
    let childContext = context;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.localName === 'br') {
        sink.boundary();
        continue;
      }
      const verdict = classifyElement(element, context, readStyle, options);
      if (verdict.skip) continue;
      childContext = verdict.context;
      if (verdict.block) {
        sink.boundary();
        stack.push(END_OF_BLOCK);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions
    }
    const children =
      node.nodeType === 1 ? renderedChildren(node as Element, includeShadowRoots) : node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index] as Node, context: childContext });
    }
  }

  const text = sink.result();
  return { text, map: sink.map.build(text), truncated: sink.truncated, nodesVisited };
}
