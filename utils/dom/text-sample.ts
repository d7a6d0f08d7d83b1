/**
 * The text the always-on content script's coverage gate reads: the page's first characters of
 * text, up to a budget, plus what the page says about itself in its metadata. Reading all of a
 * huge page (textContent of 1 MB, then a regex over it) costs tens of milliseconds on every page
 * the reader opens; an article about the topic names it in its headline, summary or first
 * paragraphs, well inside the budget. Text that arrives later is sampled from the added nodes
 * (watch.ts reports them), so a late or appended article is read as it comes.
 */

/** Elements whose text never shows: their text costs budget and says nothing. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** Meta tags (by name or property) that summarise the page. */
const SUMMARY_METAS = new Set(['description', 'og:title', 'og:description', 'keywords', 'news_keywords']);

/**
 * The page's own summary of itself: its title, headline, description and keywords meta tags,
 * joined. Read from <head> alone: a selector that finds nothing walks the whole document, which
 * on a huge page costs more than the rest of the gate.
 */
export function pageSummary(doc: Document): string {
  const parts = [doc.title.slice(0, 2000)];
  for (const meta of Array.from(doc.head?.getElementsByTagName('meta') ?? []).slice(0, 200)) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property'))?.toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && SUMMARY_METAS.has(key)) parts.push(content.slice(0, 2000));
  }
  return parts.join('\n');
}

/**
 * The text of `roots`, in document order, until `budget` characters: text nodes are read one by
 * one and reading stops at the budget, so a huge page costs no more than a small one.
 */
export function sampleText(roots: readonly Node[], budget: number): string {
  const parts: string[] = [];
  let left = budget;
  for (const root of roots) {
    if (left <= 0) break;
    const doc = root.ownerDocument ?? (root as Document);
    if (root.nodeType === 3) {
      const data = (root as Text).data;
      if (!SKIPPED.has((root.parentNode as Element | null)?.localName ?? '')) {
        parts.push(data.slice(0, left));
        left -= data.length;
      }
      continue;
    }
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) continue;
    if (root.nodeType === 1 && SKIPPED.has((root as Element).localName)) continue;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
      if (SKIPPED.has((node.parentNode as Element | null)?.localName ?? '')) continue;
      const data = (node as Text).data;
      parts.push(data.length > left ? data.slice(0, left) : data);
      left -= data.length;
    }
  }
  return parts.join('');
}
