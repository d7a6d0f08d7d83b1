/**
 * Numbers written in English words ("twenty-five", "one hundred and twenty", "half a million",
 * "three dozen"). Pure and bounded: a parse reads at most MAX_WORDS words, so scanning stays linear.
 */
import { lowerCased } from '../lower-case';

/** Exported for counted time phrases ("the last five days", period-counts.ts). */
export const ENGLISH_UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Scales that close a group ("two thousand three hundred"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Every word that can start a written number, for the candidate scanner. */
export const NUMBER_START_WORDS: readonly string[] = [...ENGLISH_UNITS.keys(), ...TENS.keys()];

/** Scale words that may follow digits ("1.5 million", "2.3bn", "30k"), with their multipliers. */
export const DIGIT_SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['dozen', 12],
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
]);

export interface ParsedNumber {
  value: number;
  end: number;
}

const MAX_WORDS = 12;

/**
 * The end of the word at `at`: ASCII letters only, the apostrophe left out so "one's" stops at
 * "one" (read by char code, not a regex: a number's words are read one at a time, ~6,000 per MB).
 */
function wordEnd(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = text.charCodeAt(++i));
  return i;
}

/** Spaces, tabs and the no-break, thin and narrow no-break spaces a number's words may be parted by. */
export function isGapSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * The end of one gap between the words of a number at `at` (spaces, or a single line break or
 * hyphen with spaces around it: "twenty-five"), or null when there is none; `hyphen` says which.
 */
function gapEnd(text: string, at: number): { end: number; hyphen: boolean } | null {
  let i = at;
  while (isGapSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  const breakEnd = c === 10 || c === 45 ? i + 1 : c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : -1;
  if (breakEnd < 0) return i > at ? { end: i, hyphen: false } : null;
  let end = breakEnd;
  while (isGapSpace(text.charCodeAt(end))) end++;
  return { end, hyphen: c === 45 };
}

interface Token {
  word: string;
  end: number;
  /** Whether a hyphen joins this word to the one before. */
  hyphenBefore: boolean;
}

/** Reads the words of a number one at a time, only as far as the parser asks. */
class TokenReader {
  private readonly tokens: Token[] = [];
  private pos: number;
  private hyphen = false;
  private done = false;

  constructor(
    private readonly text: string,
    at: number,
  ) {
    this.pos = at;
  }

  get(i: number): Token | undefined {
    while (!this.done && this.tokens.length <= i) this.readOne();
    return this.tokens[i];
  }

  private readOne(): void {
    if (this.tokens.length >= MAX_WORDS) {
      this.done = true;
      return;
    }
    const end = wordEnd(this.text, this.pos);
    if (end === this.pos) {
      this.done = true;
      return;
    }
    this.tokens.push({ word: lowerCased(this.text.slice(this.pos, end)), end, hyphenBefore: this.hyphen });
    const gap = gapEnd(this.text, end);
    if (!gap) {
      this.done = true;
      return;
    }
    this.hyphen = gap.hyphen;
    this.pos = gap.end;
  }
}

/** Value of a number below 100 at token i ("seven", "twenty-five", "forty two"), or null. */
function readBelowHundred(tokens: TokenReader, i: number): { value: number; next: number } | null {
  const t = tokens.get(i);
  if (!t) return null;
  const unit = ENGLISH_UNITS.get(t.word);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  const tens = TENS.get(t.word);
  if (tens === undefined) return null;
  const u = tokens.get(i + 1);
  const unitAfter = u ? ENGLISH_UNITS.get(u.word) : undefined;
  if (u && unitAfter !== undefined && unitAfter >= 1 && unitAfter <= 9) {
    return { value: tens + unitAfter, next: i + 2 };
  }
  return { value: tens, next: i + 1 };
}

/**
 * Parses a written number starting at `at` (which must start a word).
 * Leading "a" counts as one only before a scale or "dozen" ("a hundred", "a dozen");
 * "half a million" and "half a dozen" are halves. Returns null when no number starts there.
 */
export function parseWordNumber(text: string, at: number): ParsedNumber | null {
  const tokens = new TokenReader(text, at);
  const first = tokens.get(0);
  if (!first) return null;
  let i = 0;
  let half = false;
  if (first.word === 'half' && tokens.get(1)?.word === 'a') {
    half = true;
    i = 1;
  }
  let total = 0;
  /** The group below the next scale ("three hundred and twelve" before "thousand"). */
  let group = 0;
  let hasGroup = false;
  let end = -1;
  let lastHyphenSafe = true;

  if (tokens.get(i)?.word === 'a' || tokens.get(i)?.word === 'an') {
    const next = tokens.get(i + 1)?.word ?? '';
    if (next !== 'hundred' && next !== 'dozen' && !SCALES.has(next)) return null;
    group = 1;
    hasGroup = true;
    i += 1;
  } else if (half) {
    return null;
  }

  for (let t = tokens.get(i); t !== undefined; t = tokens.get(i)) {
    if (t.hyphenBefore && i > 0 && !lastHyphenSafe) break;
    if (t.word === 'hundred' && hasGroup && group > 0 && group < 100) {
      group *= 100;
      end = t.end;
      i += 1;
      lastHyphenSafe = false;
      if (tokens.get(i)?.word === 'and' && readBelowHundred(tokens, i + 1)) i += 1;
      continue;
    }
    if (t.word === 'dozen' && hasGroup && group > 0 && group < 100 && total === 0) {
      group *= 12;
      end = t.end;
      i += 1;
      break;
    }
    const scale = SCALES.get(t.word);
    if (scale !== undefined && hasGroup && group > 0 && group < 1000) {
      total += group * scale;
      group = 0;
      hasGroup = false;
      end = t.end;
      i += 1;
      lastHyphenSafe = false;
      if (tokens.get(i)?.word === 'and' && readBelowHundred(tokens, i + 1)) i += 1;
      continue;
    }
    // "one and a half million": the half sits between the group and its scale.
    if (
      t.word === 'and' &&
      hasGroup &&
      group > 0 &&
      group < 100 &&
      total === 0 &&
      tokens.get(i + 1)?.word === 'a' &&
      tokens.get(i + 2)?.word === 'half' &&
      SCALES.has(tokens.get(i + 3)?.word ?? '')
    ) {
      group += 0.5;
      i += 3;
      continue;
    }
    // A second number right after a complete one ("two three") is a separate number.
    if (hasGroup && (group === 0 || group % 100 !== 0)) break;
    const below = readBelowHundred(tokens, i);
    if (!below) break;
    group += below.value;
    hasGroup = true;
    end = tokens.get(below.next - 1)?.end ?? end;
    lastHyphenSafe = TENS.has(t.word) && below.next === i + 1;
    i = below.next;
  }
  if (end < 0) return null;
  let value = total + group;
  if (half) value /= 2;
  return { value, end };
}
