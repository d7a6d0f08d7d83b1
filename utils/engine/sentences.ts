/**
 * Sentence boundaries with offsets. News text is messy (quotes after the full
 * stop, abbreviations, photo captions without a full stop), so a line break
 * always ends a sentence and a full stop only ends one before a capital.
 */

export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'approx',
  'est',
]);

const BOUNDARY = /[.!?]+["'”’»)\]]*(?=\s+["'“‘«(]?[A-Z0-9\u00C0-\u024F])|\n+/g;

function isAbbreviationBefore(text: string, dotIndex: number): boolean {
  let i = dotIndex;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dotIndex).toLowerCase();
  if (word.length === 1) return /[a-z]/.test(word); // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
}

/** Splits text into trimmed, non-empty sentence spans, in order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const isNewline = m[0][0] === '\n';
    if (!isNewline && m[0][0] === '.' && isAbbreviationBefore(text, m.index)) continue;
    pushTrimmed(text, start, m.index + m[0].length, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Index of the span holding `pos` (binary search), or -1. */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (pos < span.start) hi = mid - 1;
    else if (pos >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
