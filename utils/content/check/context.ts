/**
 * Where a selection sits in the page's text. The text is the one saved claims are anchored in
 * (the article, as the marking session collects it, else the whole body), so the offsets found
 * here are the claim's offsets and its text-quote selector's context.
 */
import { articleRoots } from '../../dom/article-root';
import { type CollectedText, collectText } from '../../dom/text-map';
import type { CheckContext } from '../../messaging/protocol';

/** Characters around the selection sent as its context: its paragraph and the one before, usually. */
const CONTEXT_CHARS = 1500;
/** Ranges looked at backwards from an offset to find a character that is not a block boundary. */
const BOUNDARY_LOOKBACK = 16;

/** The end of the DOM range of `text[0, i)`, read from the last real character before `i`. */
function endPointBefore(collected: CollectedText, i: number): { node: Node; offset: number } | null {
  for (let k = i; k > Math.max(0, i - BOUNDARY_LOOKBACK); k--) {
    const range = collected.map.rangeFor(k - 1, k);
    if (range) return { node: range.endContainer, offset: range.endOffset };
  }
  const range = collected.map.rangeFor(0, i);
  return range ? { node: range.endContainer, offset: range.endOffset } : null;
}

/**
 * How many characters of the collected text lie before the DOM point (node, offset), by binary
 * search over the text's own map back to the DOM; -1 when the point cannot be compared (another
 * shadow tree).
 */
export function textOffsetAt(collected: CollectedText, node: Node, offset: number): number {
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
    probe.collapse(true);
    const endsBefore = (i: number): boolean => {
      const end = i === 0 ? null : endPointBefore(collected, i);
      return !end || probe.comparePoint(end.node, end.offset) <= 0;
    };
    let low = 0;
    let high = collected.text.length;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (endsBefore(mid)) low = mid;
      else high = mid - 1;
    }
    return low;
  } catch {
    return -1;
  }
}

/** The page's text holding `range`: the article's (as marked), or the body's when it lies outside. */
export function pageTextAround(doc: Document, range: Range): CollectedText {
  const roots = articleRoots(doc);
  const inside = (node: Node) => roots.some((root) => root.contains(node));
  const inArticle = inside(range.startContainer) && inside(range.endContainer);
  return collectText(inArticle ? roots : (doc.body ?? doc.documentElement));
}

/** The selection `[start, end)` of `text` with its surrounding paragraphs, and where that window starts. */
export function contextWindow(
  text: string,
  start: number,
  end: number,
): { context: CheckContext; offset: number } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  // Whole paragraphs where possible: start after a block boundary, stop before one.
  const paragraphStart = from > 0 ? text.indexOf('\n', from) : -1;
  if (paragraphStart >= 0 && paragraphStart < start) from = paragraphStart + 1;
  const paragraphEnd = to < text.length ? text.lastIndexOf('\n', to) : -1;
  if (paragraphEnd >= end) to = paragraphEnd;
  return {
    context: { text: text.slice(from, to), selectionStart: start - from, selectionEnd: end - from },
    offset: from,
  };
}

/** `[start, end)` without the whitespace at either edge. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
