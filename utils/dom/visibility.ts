/**
 * Per-element decisions for text collection: skip the subtree, start a new block, hide the
 * element's own text, keep whitespace. Each computed-style property read costs about 2 µs in
 * Chromium, so reads are ordered to stop early: a skipped element's subtree is never visited,
 * clip is read only for positioned elements, and white-space only for block containers (inline
 * elements inherit their block's; an inline `white-space: pre` is rare enough to ignore).
 */
import { OWN_UI_ATTRIBUTE } from './own-ui';

/** The few computed-style facts text collection needs; tests can pass fakes. */
export interface StyleFacts {
  display: string;
  visibility: string;
  whiteSpace: string;
  position?: string;
  clip?: string;
  clipPath?: string;
}

export type StyleReader = (element: Element) => StyleFacts | null;

/** Inherited state while walking down the tree. */
export interface WalkContext {
  /** False under `visibility: hidden`; children may turn it back on. */
  textVisible: boolean;
  /** True inside `pre` and `white-space: pre*`. */
  preserveWhitespace: boolean;
}

export interface ElementVerdict {
  skip: boolean;
  block: boolean;
  context: WalkContext;
}

export interface VisibilityOptions {
  /** Skip `aria-hidden="true"` subtrees. Off by default: such text is still on screen. */
  skipAriaHidden?: boolean;
  /** Extra CSS selector of subtrees to ignore. */
  skipSelector?: string;
}

/** Elements whose content is never readable article text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'button',
]);

/** Used when no computed display is available (detached nodes, test DOMs). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const PRESERVING_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Reads computed style from the element's own window. */
export const readComputedStyle: StyleReader = (element) => {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : null;
};

function isInlineDisplay(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
}

/** True for `rect(top, right, bottom, left)` clips that leave at most a 1px sliver. */
function clipsToNothing(clip: string): boolean {
  const inner = /^rect\((.*)\)$/.exec(clip.trim())?.[1];
  if (!inner) return false;
  const edges = inner.split(/[\s,]+/).map((edge) => Number.parseFloat(edge));
  if (edges.length !== 4 || edges.some(Number.isNaN)) return false; // "auto" edges do not clip
  const [top, right, bottom, left] = edges as [number, number, number, number];
  return bottom - top <= 1 || right - left <= 1;
}

/** Screen-reader-only text ("sr-only", "visually-hidden") is clipped to nothing. */
function isClippedAway(style: StyleFacts): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  const clipPath = style.clipPath?.replace(/\s+/g, '') ?? '';
  return clipsToNothing(style.clip ?? '') || clipPath === 'inset(50%)' || clipPath === 'inset(100%)';
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Decides what text collection does with `element`, given the context inherited from its parent. */
export function classifyElement(
  element: Element,
  parent: WalkContext,
  readStyle: StyleReader | null,
  options: VisibilityOptions = {},
): ElementVerdict {
  const tag = element.localName;
  const skip = { skip: true, block: false, context: parent };
  if (SKIPPED_TAGS.has(tag)) return skip;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(element)) {
    return skip;
  }
  if (options.skipAriaHidden && element.getAttribute('aria-hidden') === 'true') return skip;
  if (options.skipSelector && element.matches(options.skipSelector)) return skip;

  const style = readStyle ? readStyle(element) : null;
  const display = style?.display ?? '';
  if (display === 'none') return skip;
  if (style && isClippedAway(style)) return skip;

  const block = display ? !isInlineDisplay(display) : BLOCK_TAGS.has(tag);
  const visibility = style?.visibility;
  const textVisible = visibility ? visibility !== 'hidden' && visibility !== 'collapse' : parent.textVisible;
  const whiteSpace = block ? style?.whiteSpace : undefined;
  const preserveWhitespace = whiteSpace
    ? whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces'
    : parent.preserveWhitespace || PRESERVING_TAGS.has(tag);
  return { skip: false, block, context: { textVisible, preserveWhitespace } };
}
