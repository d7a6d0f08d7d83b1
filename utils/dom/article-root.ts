/**
 * Finds the page area that holds the article, so figures in navigation, teasers and comments
 * are not read as this page's figures. Semantic markup first, then a cheap readability-style
 * paragraph-density score, then the body.
 */
import { isOwnUi } from './own-ui';

/** An area needs about two sentences of paragraph text to count as an article. */
const MIN_ARTICLE_CHARS = 200;
/** Paragraphs shorter than this are captions, bylines or buttons, not body text. */
const MIN_PARAGRAPH_CHARS = 25;
/** Bounds the scoring work on huge pages. */
const MAX_PARAGRAPHS = 3000;
const NOT_ARTICLE = 'nav, footer, aside, [role="navigation"], [role="complementary"], [role="contentinfo"]';
const SEMANTIC_GROUPS = ['article', '[itemprop~="articleBody"]', 'main, [role="main"]'];

function paragraphChars(paragraph: Element): number {
  return (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function bodyParagraphs(scope: ParentNode): Element[] {
  const found: Element[] = [];
  for (const paragraph of Array.from(scope.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS)) {
    if (!paragraph.closest(NOT_ARTICLE) && !isOwnUi(paragraph)) found.push(paragraph);
  }
  return found;
}

function paragraphScore(element: Element): number {
  let total = 0;
  for (const paragraph of bodyParagraphs(element)) {
    const chars = paragraphChars(paragraph);
    if (chars >= MIN_PARAGRAPH_CHARS) total += chars;
  }
  return total;
}

/** The element whose direct paragraphs hold the most text (half credit to the grandparent). */
function densestParagraphParent(doc: Document): { element: Element; score: number } | null {
  const scores = new Map<Element, number>();
  for (const paragraph of bodyParagraphs(doc)) {
    const chars = paragraphChars(paragraph);
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + chars);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + chars / 2);
  }
  let best: { element: Element; score: number } | null = null;
  for (const [element, score] of scores) {
    if (!best || score > best.score) best = { element, score };
  }
  return best;
}

/**
 * The element holding the article text: the best-filled <article>, articleBody or main area
 * when it holds at least half of what the densest paragraph block holds, else that block, else body.
 */
export function chooseArticleRoot(doc: Document = document): Element {
  const fallback = doc.body ?? doc.documentElement;
  const densest = densestParagraphParent(doc);
  const densestScore = densest?.score ?? 0;
  for (const selector of SEMANTIC_GROUPS) {
    let best: { element: Element; score: number } | null = null;
    for (const candidate of Array.from(doc.querySelectorAll(selector))) {
      if (isOwnUi(candidate)) continue;
      const score = paragraphScore(candidate);
      if (!best || score > best.score) best = { element: candidate, score };
    }
    if (best && best.score >= MIN_ARTICLE_CHARS && best.score >= densestScore / 2) return best.element;
  }
  if (densest && densest.score >= MIN_ARTICLE_CHARS) return densest.element;
  return fallback;
}

/**
 * The areas to read, in document order: the article root, preceded by the page's first <h1>
 * when the headline sits outside it (headlines often carry the figure).
 */
export function articleRoots(doc: Document = document): Element[] {
  const root = chooseArticleRoot(doc);
  const headline = doc.querySelector('h1');
  if (!headline || root.contains(headline) || headline.contains(root) || isOwnUi(headline)) return [root];
  const headlineFirst = (headline.compareDocumentPosition(root) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  return headlineFirst ? [headline, root] : [root, headline];
}
