/**
 * Turns the visible text of a page area into one string plus an offset map back to the DOM.
 * Inline elements join without separators (so `<b>4</b> helicopters` reads "4 helicopters");
 * block elements and <br> insert "\n" so sentences of different blocks never run together.
 * Whitespace is collapsed the way HTML renders it, except under `pre`.
 */
import { MAX_MARKED_PAGE_CHARS, MAX_MARKED_PAGE_NODES } from '../limits';
import { type IdleOptions, runWhenIdle } from './idle';
import type { TextMap } from './offset-map';
import { isOwnUi } from './own-ui';
import { TextSink } from './text-sink';
import {
  classifyElement,
  readComputedStyle,
  type StyleReader,
  type VisibilityOptions,
  type WalkContext,
} from './visibility';

export type { TextMap } from './offset-map';

export interface CollectOptions extends VisibilityOptions {
  /** Stop after this many characters of text (default MAX_MARKED_PAGE_CHARS). */
  maxChars?: number;
  /** Stop after visiting this many nodes (default MAX_MARKED_PAGE_NODES). */
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

const ROOT_CONTEXT: WalkContext = { textVisible: true, preserveWhitespace: false };

/** Marks the end of a block element on the walk stack. */
const END_OF_BLOCK = Symbol('end-of-block');
type StackItem = { node: Node; context: WalkContext } | typeof END_OF_BLOCK;

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

/** How many nodes a walk visits between checks of its time budget. */
const NODES_PER_YIELD_CHECK = 32;

/** A depth-first walk over the rendered tree that can stop and resume between idle slices. */
class TextWalk {
  private readonly stack: StackItem[] = [];
  private readonly sink: TextSink;
  private readonly maxNodes: number;
  private readonly readStyle: StyleReader | null;
  private readonly includeShadowRoots: boolean;
  private nodesVisited = 0;

  constructor(
    roots: Node | readonly Node[],
    private readonly options: CollectOptions,
  ) {
    this.sink = new TextSink(options.maxChars ?? MAX_MARKED_PAGE_CHARS);
    this.maxNodes = options.maxNodes ?? MAX_MARKED_PAGE_NODES;
    this.readStyle = options.readStyle === undefined ? readComputedStyle : options.readStyle;
    this.includeShadowRoots = options.includeShadowRoots ?? true;
    const rootList = (Array.isArray(roots) ? roots : [roots]) as readonly Node[];
    for (let index = rootList.length - 1; index >= 0; index--) {
      const root = rootList[index] as Node;
      if (!isOwnUi(root)) this.stack.push(END_OF_BLOCK, { node: root, context: ROOT_CONTEXT });
    }
  }

  /** Walks until done (true) or until `shouldYield` says the slice is over (false). */
  advance(shouldYield: () => boolean): boolean {
    const { stack, sink } = this;
    let sinceCheck = 0;
    while (stack.length > 0 && !sink.truncated) {
      if (++sinceCheck >= NODES_PER_YIELD_CHECK) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
      const item = stack.pop() as StackItem;
      if (item === END_OF_BLOCK) {
        sink.boundary();
        continue;
      }
      if (++this.nodesVisited > this.maxNodes) {
        sink.truncated = true;
        break;
      }
      this.visit(item.node, item.context);
    }
    return true;
  }

  result(): CollectedText {
    const text = this.sink.result();
    return {
      text,
      map: this.sink.map.build(text),
      truncated: this.sink.truncated,
      nodesVisited: this.nodesVisited,
    };
  }

  private visit(node: Node, context: WalkContext): void {
    if (node.nodeType === 3) {
      if (context.textVisible) this.sink.addText(node as Text, context.preserveWhitespace);
      return;
    }
    let childContext = context;
    let children: ArrayLike<Node>;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.localName === 'br') {
        this.sink.boundary();
        return;
      }
      const verdict = classifyElement(element, context, this.readStyle, this.options);
      if (verdict.skip) return;
      childContext = verdict.context;
      if (verdict.block) {
        this.sink.boundary();
        this.stack.push(END_OF_BLOCK);
      }
      children = renderedChildren(element, this.includeShadowRoots);
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      children = node.childNodes;
    } else {
      return; // comments, processing instructions
    }
    for (let index = children.length - 1; index >= 0; index--) {
      this.stack.push({ node: children[index] as Node, context: childContext });
    }
  }
}

/**
 * Collects the visible text under `roots` (in the order given, separated as blocks) with a map
 * from text offsets back to DOM ranges, in one go. Skips scripts, styles, form fields, editable
 * areas, hidden and screen-reader-only text, embedded documents, and Crosstally's own UI.
 */
export function collectText(roots: Node | readonly Node[], options: CollectOptions = {}): CollectedText {
  const walk = new TextWalk(roots, options);
  walk.advance(() => false);
  return walk.result();
}

/**
 * The same as collectText, in idle slices of at most `budgetMs`, so long pages never block the
 * page. Null when `signal` aborts first. The page may change between slices: ranges over text
 * it changed come back null from `rangeFor`, and the mutation watcher asks for a fresh run.
 */
export async function collectTextWhenIdle(
  roots: Node | readonly Node[],
  options: CollectOptions & IdleOptions = {},
): Promise<CollectedText | null> {
  const walk = new TextWalk(roots, options);
  const completed = await runWhenIdle((shouldYield) => walk.advance(shouldYield), options);
  return completed ? walk.result() : null;
}
