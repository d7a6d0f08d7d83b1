/**
 * Sentence boundaries with offsets. News text is messy (quotes after the full
 * stop, abbreviations, photo captions without a full stop), so a line break
 * always ends a sentence and a full stop only ends one before a capital.
 */

export interface Span {
  start: number;
  end: number;
}

import { ENGLISH_GRAMMAR } from './grammar';
import { lowerCased } from './lower-case';

/** Words after which a full stop does not end the sentence (the language's lexicon has them). */
const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set(ENGLISH_GRAMMAR.abbreviations);

// The Armenian full stop (U+0589) ends a sentence like "." does; any script's capital may start one.
const STOP_CHARS = '.!?\u0589';
const CLOSING_QUOTE_CHARS = `"'”’»)]`;
const BOUNDARY = new RegExp(
  `[${STOP_CHARS}]+[${CLOSING_QUOTE_CHARS.replace(']', '\\]')}]*(?=\\s+["'“‘«„(]?[\\p{Lu}\\p{N}])|\\n+`,
  'gu',
);
/**
 * BOUNDARY's stops and closing quotes by char code, to find where a match starts: a loop over a
 * few codes, as a Set's lookup is a call per character.
 */
const STOPS: readonly number[] = [...STOP_CHARS].map((c) => c.charCodeAt(0));
const CLOSING_QUOTES: readonly number[] = [...CLOSING_QUOTE_CHARS].map((c) => c.charCodeAt(0));

function isOneOf(codes: readonly number[], code: number): boolean {
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return true;
  return false;
}

const LETTER_OR_DOT = /[\p{L}.]/u;
const SPACE = /\s/;

// ASCII answered by char code: a regex test per character (and a one-character string) cost
// a few percent of the engine on long text.
function isLetterOrDot(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(text[index] as string);
}

/** Whether the character at `index` is whitespace (\s); ASCII by char code. */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[index] as string);
}

/** Each abbreviation set's longest entry: a longer word before a stop is read no further. */
const longest = new WeakMap<ReadonlySet<string>, number>();

function longestOf(abbreviations: ReadonlySet<string>): number {
  let max = longest.get(abbreviations);
  if (max === undefined) {
    max = 1;
    for (const word of abbreviations) max = Math.max(max, word.length);
    longest.set(abbreviations, max);
  }
  return max;
}

function isAbbreviationBefore(text: string, dotIndex: number, abbreviations: ReadonlySet<string>): boolean {
  // A run of letters longer than every abbreviation (and than an initial) is none: most words
  // before a full stop are, and are then neither copied nor looked up (lower-casing never shortens).
  const max = longestOf(abbreviations);
  const stop = Math.max(0, dotIndex - max - 1);
  let i = dotIndex;
  while (i > stop && isLetterOrDot(text, i - 1)) i--;
  if (dotIndex - i > max) return false;
  if (dotIndex - i === 1) {
    const code = text.charCodeAt(i);
    // Initials: "J. Smith".
    if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  const word = lowerCased(text.slice(i, dotIndex));
  if (word.length === 1) return /\p{L}/u.test(word);
  return abbreviations.has(word);
}

/** "am 27. September": the full stop of a day of one or two digits, before a month name. */
function isDayStop(text: string, dotIndex: number, monthAfterY: RegExp): boolean {
  let i = dotIndex;
  while (i > 0 && i > dotIndex - 3 && isDigitAt(text, i - 1)) i--;
  if (i === dotIndex || (i > 0 && isDigitAt(text, i - 1))) return false;
  monthAfterY.lastIndex = dotIndex + 1;
  return monthAfterY.test(text);
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** Splits text into trimmed, non-empty sentence spans, in order. */
export function splitSentences(
  text: string,
  abbreviations: ReadonlySet<string> = ENGLISH_ABBREVIATIONS,
  monthAfterDayStopY: RegExp | null = null,
): Span[] {
  const spans: Span[] = [];
  const length = text.length;
  let start = 0;
  // Tested, not executed: a match's array and its string cost more than finding its start again.
  let searchedFrom = 0;
  BOUNDARY.lastIndex = 0;
  // The text's last piece is pushed by the loop's own call: a call only after the loop had no type
  // feedback when the loop was optimised, and threw the optimised loop away on every text.
  for (let found = true; found; ) {
    found = BOUNDARY.test(text);
    let end = length;
    if (found) {
      end = BOUNDARY.lastIndex;
      const at = boundaryStart(text, searchedFrom, end);
      searchedFrom = end;
      const dot = text.charCodeAt(at) === 46;
      if (dot && isAbbreviationBefore(text, at, abbreviations)) continue;
      if (dot && end - at === 1 && monthAfterDayStopY && isDayStop(text, at, monthAfterDayStopY)) continue;
    }
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  return spans;
}

/**
 * Where the BOUNDARY match ending at `end` starts, its scan having begun at `from`: the first of its
 * line breaks, or of its stops before their closing quotes (a match takes a whole run of either).
 */
function boundaryStart(text: string, from: number, end: number): number {
  let i = end;
  if (text.charCodeAt(end - 1) === 10) {
    while (i > from && text.charCodeAt(i - 1) === 10) i--;
    return i;
  }
  while (i > from && isOneOf(CLOSING_QUOTES, text.charCodeAt(i - 1))) i--;
  while (i > from && isOneOf(STOPS, text.charCodeAt(i - 1))) i--;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
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
