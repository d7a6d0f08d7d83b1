/**
 * Small reads of a text by char code that stand in for short regexes a figure's words were read
 * with: each regex call (or the slice it was given) cost more than the characters it looked at.
 */

import { isSpaceAt } from './sentences';

/** Any script's letter: read one character at a time past ASCII. */
const LETTER = /\p{L}/u;

/**
 * The word standing before the spaces that end `text`, as `/(\p{L}+)\s+$/u` finds it (letters of
 * any script, at least one space after), or null. Read backwards by char code: the regex tries
 * every start in the text, ~3 M instructions per English MB for the few words it returns.
 */
export function lastWordBeforeSpaces(text: string): { word: string; index: number } | null {
  let end = text.length;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end === text.length) return null;
  let start = end;
  for (let width = letterWidthBefore(text, start); width > 0; width = letterWidthBefore(text, start)) {
    start -= width;
  }
  return start < end ? { word: text.slice(start, end), index: start } : null;
}

/** Code units of the letter ending at `end` (2 for a surrogate pair), or 0 when none ends there. */
function letterWidthBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && end >= 2 && isHighSurrogate(text.charCodeAt(end - 2));
  const width = pair ? 2 : 1;
  return LETTER.test(text.slice(end - width, end)) ? width : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where the run of spaces, tabs and no-break spaces at `at` ends, reading at most `max` of them. */
export function inlineSpacesEnd(text: string, at: number, max: number): number {
  let i = at;
  while (i < at + max && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}
