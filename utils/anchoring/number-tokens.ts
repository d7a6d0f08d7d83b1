/**
 * Numbers as written in a quote ("2", "1,200", "twenty-five"), found and valued without the
 * engine: anchoring must tell a "2" from a "4" in any text, and the content script cannot carry
 * the engine. Pure: no DOM, no browser APIs.
 */

/** Index = value: "zero" is 0, "nineteen" is 19. */
const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
/** Index + 2, times ten: "twenty" is 20. */
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

const UNIT = `(?:${UNITS.join('|')})`;
const SMALL = `(?:(?:${TENS.join('|')})(?:[- ]${UNIT})?|${UNIT})`;
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
/** "twenty-five", "one hundred and twenty", "two thousand five hundred", "dozen". */
const WORDS = `(?:${SMALL}|dozen|${SCALE})(?:\\s+${SCALE}(?:(?:\\s+and)?\\s+${SMALL})?)*`;
const DIGITS = String.raw`\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * Source of a regex matching one number token (flags `giu`), never inside a longer word or
 * number: "2" is no token of "12", "2nd" or "2.5", "one" none of "someone".
 */
export const NUMBER_TOKEN_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${DIGITS}|${WORDS})(?![\p{L}\p{N}]|[.,]\d)`;

export interface NumberToken {
  /** As written: "2", "twenty-five". */
  text: string;
  start: number;
  end: number;
}

/** Compiled once: a Unicode regex of this size costs about a millisecond to compile. */
const TOKEN_PATTERN = new RegExp(NUMBER_TOKEN_SOURCE, 'giu');

export function numberTokens(text: string): NumberToken[] {
  return [...text.matchAll(TOKEN_PATTERN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The value of one token ("twenty-five" -> 25, "1,200" -> 1200); NaN when it is none. */
export function tokenValue(token: string): number {
  const words = token.trim().toLowerCase();
  if (/^\d/.test(words)) return Number(words.replace(/[,\u00a0\u202f]/g, ''));
  let total = 0;
  let group = 0;
  for (const word of words.split(/[\s-]+/)) {
    const unit = word === 'dozen' ? 12 : UNITS.indexOf(word);
    const tens = TENS.indexOf(word);
    const scale = SCALES[word];
    if (unit >= 0) group += unit;
    else if (tens >= 0) group += (tens + 2) * 10;
    else if (scale === 100) group = (group || 1) * 100;
    else if (scale) {
      total += (group || 1) * scale;
      group = 0;
    } else if (word !== 'and') return Number.NaN;
  }
  return total + group;
}

/** Whether two tokens say the same number ("two" and "2" do; "2" and "4" do not). */
export function sameNumber(a: string, b: string): boolean {
  const [x, y] = [tokenValue(a), tokenValue(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a.toLowerCase() === b.toLowerCase() : x === y;
}
