/**
 * Numbers as written in a quote ("2", "1,200", "twenty-five"), found and valued without the
 * engine: anchoring must tell a "2" from a "4" in any text, and the content script cannot carry
 * the engine. Pure: no DOM, no browser APIs.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

const UNIT_WORD = `(?:${Object.keys(UNITS)
  .filter((word) => word !== 'dozen')
  .join('|')})`;
const SMALL = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ]${UNIT_WORD})?|${UNIT_WORD})`;
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
/** "twenty-five", "one hundred and twenty", "two thousand five hundred", "dozen". */
const WORDS = `(?:${SMALL}|dozen|${SCALE})(?:\\s+${SCALE}(?:(?:\\s+and)?\\s+${SMALL})?)*`;
const DIGITS = String.raw`\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const TOKEN = `${DIGITS}|${WORDS}`;
/** Not inside a longer word or number: "2" is no token of "12" or "2nd", "one" none of "someone". */
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;

/** Source of a regex matching any one number token, with its boundaries (flags `giu`). */
export const NUMBER_TOKEN_SOURCE = `${BEFORE}(?:${TOKEN})${AFTER}`;

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
  const trimmed = token.trim().toLowerCase();
  if (/^\d/.test(trimmed)) return Number(trimmed.replace(/[,\u00a0\u202f]/g, ''));
  let total = 0;
  let group = 0;
  for (const word of trimmed.split(/[\s-]+/)) {
    if (word === 'and') continue;
    const small = UNITS[word] ?? TENS[word];
    const scale = SCALES[word];
    if (small !== undefined) group += small;
    else if (scale === 100) group = (group || 1) * 100;
    else if (scale !== undefined) {
      total += (group || 1) * scale;
      group = 0;
    } else return Number.NaN;
  }
  return total + group;
}

/** Whether two tokens say the same number ("two" and "2" do; "2" and "4" do not). */
export function sameNumber(a: string, b: string): boolean {
  const [x, y] = [tokenValue(a), tokenValue(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a.toLowerCase() === b.toLowerCase() : x === y;
}
