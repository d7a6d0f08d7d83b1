/**
 * One small letter class for the coverage scans, in place of `\p{L}`. The scans' ~700 `\p{L}`
 * each cost V8 a Unicode table lookup at every parse, about a third of a page's first read after
 * the background starts. The scanned text is folded first (foldText) and then every letter of a
 * script no coverage term is written in becomes `ª`, itself a letter of the class: on that text
 * the class matches exactly the characters `\p{L}` would.
 */

/** Blocks whose letters stay as they are: Latin, Greek, Cyrillic, Armenian, Georgian, Latin and Greek extended. */
const KEPT_BLOCKS: readonly [number, number][] = [
  [0x0000, 0x058f],
  [0x10a0, 0x10ff],
  [0x1e00, 0x1fff],
];

const PLACEHOLDER = 'ª';

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The letters of the kept blocks as class ranges (no brackets), read from Unicode itself. */
function keptLetterRanges(): string {
  const letter = /\p{L}/u;
  let out = '';
  for (const [first, last] of KEPT_BLOCKS) {
    let start = -1;
    for (let code = first; code <= last + 1; code++) {
      const isLetter = code <= last && letter.test(String.fromCharCode(code));
      if (isLetter && start < 0) start = code;
      if (!isLetter && start >= 0) {
        out += start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`;
        start = -1;
      }
    }
  }
  return out;
}

/** The class body of the scans' letters. */
export const SCAN_LETTERS = keptLetterRanges();

/** Any character outside the kept blocks and general punctuation: a cheap test before the fold below. */
const MAYBE_OTHER_LETTER = /[^\u0000-\u058f\u10a0-\u10ff\u1e00-\u206f]/;
const OTHER_LETTER = new RegExp(`(?![${SCAN_LETTERS}])\\p{L}`, 'gu');

/** Folded text with every letter outside the kept blocks as `ª` (one per UTF-16 unit: offsets stay). */
export function withOtherLettersAsPlaceholder(folded: string): string {
  if (!MAYBE_OTHER_LETTER.test(folded)) return folded;
  return folded.replace(OTHER_LETTER, (letter) => PLACEHOLDER.repeat(letter.length));
}

/** A scan's source with each `\p{L}` as the class of SCAN_LETTERS (inside a class, its ranges). */
export function withScanLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? SCAN_LETTERS : `[${SCAN_LETTERS}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    out += c;
  }
  return out;
}
