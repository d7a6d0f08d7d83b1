/**
 * Readable text of an HTML page, by plain string processing (no DOM: the CLI runs
 * in Node and this must stay importable anywhere). One forward pass with indexOf,
 * so 1 MB of any input takes linear time.
 *
 * What it keeps is what a reader of the article sees: page chrome (nav, header,
 * footer, aside, forms), code (script, style...), hidden elements and comments are
 * dropped; block elements become line breaks. Offsets reported for HTML files
 * index the returned `text`.
 */
import { decodeEntities } from './html-entities';

export interface ExtractedHtml {
  text: string;
  title: string | null;
  /** The <html lang> attribute, as written. */
  lang: string | null;
}

/** Content is not markup and never shown as text: skip to the end tag. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Content is markup but not article text. */
const SKIPPED = new Set([
  'head',
  'template',
  'svg',
  'math',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'dialog',
  'canvas',
  'video',
  'audio',
  'object',
]);

/** Elements that may stay inside <head>; any other start tag implies the body has begun. */
const HEAD_CONTENT = new Set([
  'head',
  'html',
  'meta',
  'link',
  'base',
  'title',
  'style',
  'script',
  'noscript',
  'template',
]);

/** Inside <article> or <main> these are the article's own headline and byline, not page chrome. */
const CHROME_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

const BLOCKS = new Set(
  (
    'address article blockquote body br caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 header footer hr html legend li main ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);

const CELLS = new Set(['td', 'th']);

const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);

/** Attributes that hide an element, or mark it as navigation and other chrome. */
const HIDDEN_OR_CHROME =
  /(?:^|[\s"'])(?:hidden(?=[\s=/>]|$)|aria-hidden\s*=\s*["']?true|role\s*=\s*["']?(?:navigation|banner|contentinfo|complementary|search)\b)|display\s*:\s*none|visibility\s*:\s*hidden/i;

const LANG_ATTRIBUTE = /(?:^|[\s"'])(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

const rawEndPatterns = new Map<string, RegExp>();

/**
 * Where the content of a raw-text element opened before `from` ends, and the index
 * just past its end tag. Without an end tag the element runs to the end of input,
 * as in browsers, so an unclosed <script> never leaks into the text.
 */
function skipRawText(html: string, name: string, from: number): { contentEnd: number; next: number } {
  let pattern = rawEndPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
    rawEndPatterns.set(name, pattern);
  }
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return { contentEnd: html.length, next: html.length };
  const close = html.indexOf('>', match.index);
  return { contentEnd: match.index, next: close < 0 ? html.length : close + 1 };
}

function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Index of the '>' closing a tag whose name ends at `from`; quoted attribute values may hold '>'. */
function findTagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 62) return i;
    i++;
    if (code !== 61) continue;
    // After '=': a quoted value runs to its closing quote, whatever it holds.
    while (i < html.length && isHtmlSpace(html.charCodeAt(i))) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    }
  }
  return -1;
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function tagNameEnd(html: string, from: number): number {
  let i = from;
  for (; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (isHtmlSpace(code) || code === 47 || code === 62) break;
  }
  return i;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

interface Open {
  name: string;
  skip: boolean;
}

/** The open-element stack, with counts so that end tags are handled in O(1) amortised. */
class OpenElements {
  private readonly stack: Open[] = [];
  private readonly counts = new Map<string, number>();
  skipDepth = 0;

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  push(element: Open): void {
    this.stack.push(element);
    this.counts.set(element.name, this.count(element.name) + 1);
    if (element.skip) this.skipDepth++;
  }

  /** Pops up to and including the innermost `name`, closing what was left open inside it. */
  close(name: string): void {
    if (this.count(name) === 0) return;
    for (let top = this.stack.pop(); top !== undefined; top = this.stack.pop()) {
      this.counts.set(top.name, this.count(top.name) - 1);
      if (top.skip) this.skipDepth--;
      if (top.name === name) return;
    }
  }
}

/** Extracts the readable text, the <title> and <html lang> of a page. Never throws. */
export function htmlToText(html: string): ExtractedHtml {
  try {
    return extract(typeof html === 'string' ? html : '');
  } catch {
    return { text: '', title: null, lang: null };
  }
}

function extract(html: string): ExtractedHtml {
  const pieces: string[] = [];
  const open = new OpenElements();
  let title: string | null = null;
  let lang: string | null = null;
  let i = 0;

  const text = (chunk: string) => {
    if (chunk === '') return;
    if (open.count('head') > 0 && /[^\t\n\f\r ]/.test(chunk)) open.close('head');
    if (open.skipDepth > 0) return;
    const decoded = decodeEntities(chunk);
    pieces.push(
      open.count('pre') > 0 ? decoded.replace(/\r\n?/g, '\n') : decoded.replace(/[\t\n\f\r ]+/g, ' '),
    );
  };

  /** Handles the start tag at `lt`; returns where parsing goes on. */
  const startTag = (lt: number): number => {
    const nameEnd = tagNameEnd(html, lt + 1);
    const name = html.slice(lt + 1, nameEnd).toLowerCase();
    const close = findTagEnd(html, nameEnd);
    // A tag cut off by the end of input is dropped with everything after it, as in browsers.
    if (close < 0) return html.length;
    const attributes = html.slice(nameEnd, close);
    if (name === 'html' && lang === null) {
      const match = LANG_ATTRIBUTE.exec(attributes);
      lang = match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() || null : null;
    }
    if (name === 'title') {
      const { contentEnd, next } = skipRawText(html, 'title', close + 1);
      if (title === null && open.count('svg') === 0 && open.count('math') === 0) {
        title = collapse(decodeEntities(html.slice(close + 1, contentEnd))) || null;
      }
      return next;
    }
    if (RAW_TEXT.has(name)) return skipRawText(html, name, close + 1).next;
    // Like browsers, anything that cannot live in <head> ends it (many pages never close it).
    if (!HEAD_CONTENT.has(name)) open.close('head');
    if (BLOCKS.has(name)) pieces.push('\n');
    else if (CELLS.has(name)) pieces.push(' ');
    const foreign = open.count('svg') > 0 || open.count('math') > 0;
    if (VOID.has(name) || (foreign && attributes.endsWith('/'))) return close + 1;
    const inArticle = open.count('article') > 0 || open.count('main') > 0;
    const chrome = SKIPPED.has(name) && !(CHROME_OUTSIDE_ARTICLE.has(name) && inArticle);
    open.push({ name, skip: chrome || HIDDEN_OR_CHROME.test(attributes) });
    return close + 1;
  };

  // Text runs from textStart up to the next tag; a '<' that opens no tag stays in it.
  let textStart = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];
    const isTag = next === '!' || next === '?' || next === '/' || isAsciiLetter(next);
    if (!isTag) {
      i = lt + 1;
      continue;
    }
    text(html.slice(textStart, lt));
    if (html.startsWith('<!--', lt)) {
      const shortEnd = html.startsWith('>', lt + 4) ? lt + 5 : html.startsWith('->', lt + 4) ? lt + 6 : -1;
      const close = shortEnd > 0 ? shortEnd - 3 : html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
    } else if (next === '!' || next === '?' || (next === '/' && !isAsciiLetter(html[lt + 2]))) {
      // Doctype, CDATA, processing instruction or a broken end tag: skipped up to '>'.
      const close = html.indexOf('>', lt + 1);
      i = close < 0 ? html.length : close + 1;
    } else if (next === '/') {
      const nameEnd = tagNameEnd(html, lt + 2);
      const name = html.slice(lt + 2, nameEnd).toLowerCase();
      const close = html.indexOf('>', nameEnd);
      i = close < 0 ? html.length : close + 1;
      open.close(name);
      if (BLOCKS.has(name)) pieces.push('\n');
      else if (CELLS.has(name)) pieces.push(' ');
    } else {
      i = startTag(lt);
    }
    textStart = i;
  }
  text(html.slice(textStart));
  const lines = pieces
    .join('')
    .replace(/[\u00ad\u200b]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0\u2007\u202f]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return { text: lines.join('\n'), title, lang };
}
