/**
 * Diacritic tolerance for coverage patterns. Pack patterns are plain ASCII; a text
 * may write Karabağ, Xankəndi, Füzuli, or the same letters in decomposed form.
 *
 * Two views of one letter table keep the cheap first test and the full scan in step:
 * - foldPattern turns each letter of a pattern into a class of its accented forms,
 *   so the first test runs on the raw text with no preparation at all;
 * - foldText maps a text's accented letters back to ASCII (and drops combining
 *   marks) once, so the full scans can use the patterns as written.
 */

/** Accented forms each Latin letter also matches (Azerbaijani, Turkish, transliterations, European languages). */
const LETTER_VARIANTS: Record<string, string> = {
  a: 'àáâãäåāăąə',
  c: 'çćčĉċ',
  d: 'ďđ',
  e: 'èéêëēĕėęěə',
  g: 'ğĝġģǧ',
  h: 'ĥħ',
  i: 'ìíîïīĭįıİ',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺļľŀł',
  n: 'ñńņňŉ',
  o: 'òóôõöøōŏő',
  r: 'ŕŗř',
  s: 'śŝşšș',
  t: 'ţťŧț',
  u: 'ùúûüũūŭůűų',
  y: 'ýÿŷ',
  z: 'źżž',
};

/** Combining marks that may follow a letter in decomposed (NFD) text. */
const COMBINING_MARKS = '\\p{Mn}*';

/** A folded letter followed by one of these needs a group, or the quantifier would bind to the marks. */
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

/** Accented letter -> ASCII letter. Schwa (ə) is listed under a and e; it reads as e, as in Xankəndi. */
const TEXT_FOLD = new Map<string, string>();
for (const [base, variants] of Object.entries(LETTER_VARIANTS)) {
  for (const variant of variants) if (!TEXT_FOLD.has(variant)) TEXT_FOLD.set(variant, base);
}
TEXT_FOLD.set('ə', 'e');
TEXT_FOLD.delete('İ');

/** Combining mark blocks (decomposed text); a BMP class without the u flag scans faster than \p{Mn}. */
const MARK_RANGES = '\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f';
const TEXT_FOLD_PATTERN = new RegExp(`[${[...TEXT_FOLD.keys()].join('')}${MARK_RANGES}]`, 'g');

/** Lower-cased text with accented Latin letters as plain ASCII and combining marks dropped. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(TEXT_FOLD_PATTERN, (ch) => TEXT_FOLD.get(ch) ?? '');
}

/** Length of the escape sequence starting at `i` (source[i] is a backslash). */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
    const close = source.indexOf('}', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next === 'k' && source[i + 2] === '<') {
    const close = source.indexOf('>', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  return 2;
}

/** End (exclusive) of the character class opening at `i`, and the accented forms of the letters in it. */
function readClass(source: string, i: number): { end: number; extra: string } {
  let extra = '';
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') {
    if (source[j] === '\\') {
      j += escapeLength(source, j);
      continue;
    }
    extra += LETTER_VARIANTS[(source[j] as string).toLowerCase()] ?? '';
    j++;
  }
  return { end: j, extra };
}

/** Lower-cases the literal letters of a class body, leaving escapes (\\S, \\P{L}) alone. */
function lowerOutsideEscapes(classBody: string): string {
  let out = '';
  let i = 0;
  while (i < classBody.length) {
    if (classBody[i] === '\\') {
      const len = escapeLength(classBody, i);
      out += classBody.slice(i, i + len);
      i += len;
    } else {
      out += (classBody[i] as string).toLowerCase();
      i += 1;
    }
  }
  return out;
}

/**
 * Rewrites a pattern for use inside a larger scan: capturing groups become
 * non-capturing (the scan owns the groups). With `letters`, each Latin letter
 * also matches its accented forms, optionally followed by combining marks (for
 * raw text); without, literal letters are lower-cased (for foldText output, so
 * the scan needs no case-insensitive flag).
 */
export function rewritePattern(source: string, letters: boolean): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const len = escapeLength(source, i);
      out += source.slice(i, i + len);
      i += len;
    } else if (ch === '[') {
      const { end, extra } = readClass(source, i);
      out += letters ? `${source.slice(i, end)}${extra}]` : `${lowerOutsideEscapes(source.slice(i, end))}]`;
      i = end + 1;
    } else if (ch === '{') {
      const close = source.indexOf('}', i);
      const end = close < 0 ? i + 1 : close + 1;
      out += source.slice(i, end);
      i = end;
    } else if (ch === '(') {
      if (source[i + 1] !== '?') {
        out += '(?:';
        i += 1;
      } else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i);
        out += '(?:';
        i = close < 0 ? i + 3 : close + 1;
      } else {
        const head = source[i + 2] === '<' ? 4 : 3;
        out += source.slice(i, i + head);
        i += head;
      }
    } else {
      const variants = letters ? LETTER_VARIANTS[ch.toLowerCase()] : undefined;
      if (!letters) out += ch.toLowerCase();
      else if (!variants) out += ch;
      else if (QUANTIFIER_START.has(source[i + 1] ?? '')) out += `(?:[${ch}${variants}]${COMBINING_MARKS})`;
      else out += `[${ch}${variants}]${COMBINING_MARKS}`;
      i += 1;
    }
  }
  return out;
}
