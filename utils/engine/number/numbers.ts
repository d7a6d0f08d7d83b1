/**
 * The number finder: every count written in a text ("14", "30,000", "1.5 million", "twenty-five",
 * "half a million", "dozens", "at least 14"), and never the numbers that count nothing (years,
 * dates, times, ages, percentages, designations such as "Su-25" or "TB2", modifiers such as
 * "six-year").
 *
 * One global regex finds candidate starts (a digit or a number word); each candidate is then read
 * with short sticky regexes and bounded look-behind windows, and the scan resumes after it. So the
 * cost is linear in the text, whatever it holds.
 *
 * Implicit counts ("a drone" = 1, "a mother and child" = 2) are off by default: articles are
 * everywhere, and only the caller knows whether the noun after them is counted. With
 * `{ implicit: true }` they come in the same sorted stream, and the caller checks the noun exactly
 * as it does after "14".
 */

import { lowerCased } from '../lower-case';
import { groupedByFirstChar } from '../regex-first';
import type { NumberMention } from '../types';
import { type Form, type Reading, readImplicit, wordAfterArticle } from './articles';
import {
  attachedBefore,
  continuesList,
  isDigit,
  isLetter,
  isPronounOne,
  isYear,
  notACountAfter,
  notACountBefore,
  numberingWordBefore,
} from './context';
import { qualifiedMention } from './mention';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { DIGIT_SCALES, isGapSpace, NUMBER_START_WORDS, parseWordNumber } from './words';

export interface FindNumbersOptions {
  /** Also report "a"/"an" as one (form 'implicit'). Default false. */
  implicit?: boolean;
  /**
   * Sticky: two people counted together from an article ("a mother and child"), reported as two
   * (form 'implicit'); the topic pack's pairs (CompiledPack.pairNoun). Read only with `implicit`.
   */
  pairs?: RegExp;
  /**
   * Sticky at "its"/"their": the possessive counts one machine ("its helicopter was downed"), its
   * owner's (Lexicon grammar possessedOne). Read only with `implicit`.
   */
  possessedOne?: RegExp | null;
}

const VAGUE_WORDS = 'dozens|scores|tens|hundreds|thousands|millions|billions|several';
const ARTICLE_BEFORE_NUMBER = 'dozen|hundred|thousand|million|billion|trillion|couple|pair|few|handful';

/** Candidate starts: a digit, or a word that may start a count (grouped by first letter: faster). */
function scanner(article: string): RegExp {
  const starts = [...NUMBER_START_WORDS, ...VAGUE_WORDS.split('|'), 'half(?=\\s+a\\s)', article];
  return new RegExp(`\\d|\\b(?:${groupedByFirstChar(starts)})\\b`, 'gi');
}
const SCANNER = scanner(`a(?=\\s+(?:${ARTICLE_BEFORE_NUMBER})\\b)`);
const IMPLICIT_SCANNER = scanner('an?(?=[ \\t\\u00A0]+[A-Za-z0-9])|its(?=[ \\t])|their(?=[ \\t])');

const GROUP_SEPARATORS = /[,\s\u00A0\u2009\u202F]/g;
/** "30,000", "30 000" (plain, no-break, thin or narrow no-break spaces), "1.5", "12". */
const DIGITS_Y =
  /(\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?![\d,]\d)|\d+)(?:\.(\d+))?/y;
const SCALE_ATTACHED_Y = /(bn|bln|mn|mln|m|k)(?![A-Za-z0-9])/iy;
const SCALE_WORD_Y =
  /[ \t\u00A0\u2009\u202F]+(hundred|thousand|million|billion|trillion|dozen|bn|bln|mn|mln)(?![A-Za-z])/iy;
/** The rest of a token that is not a count ("Su-25s", "27/09/2020", "1988-94", "9K33"). */
const TOKEN_REST_Y = /[A-Za-z0-9]*(?:[-–/.:][A-Za-z0-9]+)*/y;
const HYPHEN_WORD_Y = /-[A-Za-z]/y;
const HYPHEN_CHAIN_Y = /(?:-[A-Za-z]+)*/y;

const VAGUE_Y = new RegExp(
  [
    '(?:tens|hundreds|dozens|scores)\\s+of\\s+(?:thousands|millions)\\b',
    '(?:several|a\\s+few)(?:\\s+(?:dozen|hundred|thousand|million)s?)?\\b',
    'a\\s+handful\\b',
    '(?:dozens|hundreds|thousands|millions|billions)\\b',
    '(?:scores|tens)(?=\\s+of\\b)',
  ].join('|'),
  'iy',
);
const COUPLE_Y = /a\s+(?:couple|pair)(?=\s+(?:of|more)\b)/iy;

/**
 * The scale regexes' first characters, by char code: most numbers have no scale, and these tests
 * cost less than the regex calls. SCALE_ATTACHED_Y starts with b, m or k ("2.3bn", "5m", "30k").
 */
function mayScaleAttached(text: string, at: number): boolean {
  if (at >= text.length) return false; // a read past the end deoptimises the finder
  const c = text.charCodeAt(at) | 32;
  return c === 98 || c === 109 || c === 107;
}

/** SCALE_WORD_Y starts with spaces, then h, t, m, b or d ("1.5 million", "three dozen"). */
function mayScaleWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isGapSpace(text.charCodeAt(i))) i++;
  if (i === at || i >= text.length) return false;
  const c = text.charCodeAt(i) | 32;
  return c === 104 || c === 116 || c === 109 || c === 98 || c === 100;
}
/** The words that make "a"/"an" part of a count ("a few", "a couple of", "a hundred"). */
const COUNTING_AFTER_ARTICLE = new Set(ARTICLE_BEFORE_NUMBER.split('|'));
interface ScanState {
  text: string;
  implicit: boolean;
  pairs: RegExp | null;
  possessedOne: RegExp | null;
  /** End of the last mention: qualifiers and look-behinds never reach before it. */
  floor: number;
  /** End of the last numbered item, for lists such as "Resolutions 822, 853 and 874". */
  listEnd: number;
}

function skipToken(text: string, at: number): Reading {
  TOKEN_REST_Y.lastIndex = at;
  TOKEN_REST_Y.test(text);
  return { found: null, resume: Math.max(TOKEN_REST_Y.lastIndex, at + 1) };
}

function isCitation(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93;
}

function roundValue(value: number): number {
  return Number(value.toPrecision(15));
}

function readDigits(state: ScanState, at: number): Reading {
  const { text } = state;
  if (attachedBefore(text, at)) return skipToken(text, at);
  if (state.listEnd >= 0 && continuesList(text, state.listEnd, at)) {
    return { ...skipToken(text, at), numbered: true };
  }
  if (numberingWordBefore(text, at, state.floor)) return { ...skipToken(text, at), numbered: true };
  DIGITS_Y.lastIndex = at;
  const m = DIGITS_Y.exec(text);
  if (!m) return skipToken(text, at);
  const digits = m[1] ?? '';
  // Three digits or fewer have no group separator to take out.
  const whole = digits.length > 3 ? digits.replace(GROUP_SEPARATORS, '') : digits;
  let value = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
  let end = DIGITS_Y.lastIndex;
  let scaled = false;
  SCALE_ATTACHED_Y.lastIndex = end;
  const attached = mayScaleAttached(text, end) ? SCALE_ATTACHED_Y.exec(text) : null;
  if (attached?.[1]) {
    value *= DIGIT_SCALES.get(attached[1].toLowerCase()) ?? 1;
    end = SCALE_ATTACHED_Y.lastIndex;
    scaled = true;
  } else {
    for (let i = 0; i < 2; i++) {
      if (!mayScaleWord(text, end)) break;
      SCALE_WORD_Y.lastIndex = end;
      const word = SCALE_WORD_Y.exec(text);
      if (!word?.[1]) break;
      value *= DIGIT_SCALES.get(word[1].toLowerCase()) ?? 1;
      end = SCALE_WORD_Y.lastIndex;
      scaled = true;
    }
  }
  // "0800" (a clock time or a code), "[12]" (a citation mark) and 16-digit ids count nothing.
  const zeroPadded = whole.length > 1 && whole.charCodeAt(0) === 48 && m[2] === undefined;
  if (zeroPadded || whole.length > 15 || !Number.isFinite(value) || isCitation(text, at, end)) {
    return skipToken(text, at);
  }
  const next = end < text.length ? text.charCodeAt(end) : Number.NaN;
  // "9K33", "5th", "1990s", "27/09/2020", "5:30", "12.5.2020": part of a longer token.
  if (isLetter(next) || ((next === 47 || next === 58 || next === 46) && isDigit(text.charCodeAt(end + 1)))) {
    return skipToken(text, at);
  }
  if (notACountBefore(text, at, state.floor)) return skipToken(text, at);
  if (!scaled && m[2] === undefined && whole.length === 4 && whole === m[1]) {
    const year = Number(whole);
    if (year >= 1800 && year <= 2099) {
      const qualified = qualifierBefore(text, at, state.floor) !== null;
      if (
        text.charCodeAt(end) === 45 ||
        text.charCodeAt(end) === 0x2013 ||
        isYear(text, at, end, state.floor, qualified)
      ) {
        return skipToken(text, at);
      }
    }
  }
  // Decimals times a scale can land a hair off (2.3 * 1e9); round them back.
  return finishCount(state, at, end, m[2] === undefined ? value : roundValue(value), 'digits');
}

/** Checks shared by digits and words after the number is read. */
function finishCount(state: ScanState, start: number, end: number, value: number, form: Form): Reading {
  const { text } = state;
  if (qualifierAfter(text, end) === null) {
    HYPHEN_WORD_Y.lastIndex = end;
    // "six-year war", "25-year-old", "5,000-strong", "one-third": modifiers, not counts.
    if (HYPHEN_WORD_Y.test(text)) {
      HYPHEN_CHAIN_Y.lastIndex = end;
      HYPHEN_CHAIN_Y.test(text);
      return { found: null, resume: Math.max(HYPHEN_CHAIN_Y.lastIndex, start + 1) };
    }
  }
  if (notACountAfter(text, end)) return { found: null, resume: end };
  return { found: { value, form, start, end }, resume: end };
}

function readVague(text: string, at: number): Reading | null {
  VAGUE_Y.lastIndex = at;
  if (!VAGUE_Y.test(text)) return null;
  const end = VAGUE_Y.lastIndex;
  if (text.charCodeAt(end) === 45 && isLetter(text.charCodeAt(end + 1))) return { found: null, resume: end };
  return { found: { value: null, form: 'vague', start: at, end }, resume: end };
}

const OF_BEFORE = /\bof\s+$/i;

/** "its helicopter was downed": one machine, counted from its possessive (FindNumbersOptions.possessedOne). */
function readPossessedOne(state: ScanState, at: number, end: number): Reading {
  const one = state.possessedOne;
  // "two of its jets": the possessive belongs to a partitive's count, not a count of one.
  if (!one || OF_BEFORE.test(state.text.slice(Math.max(0, at - 4), at))) return { found: null, resume: end };
  one.lastIndex = at;
  // The count is empty at the possessive, so the figure's words hold it: it names the owner's side.
  return {
    found: one.test(state.text) ? { value: 1, form: 'implicit', start: at, end: at } : null,
    resume: end,
  };
}

function readWords(state: ScanState, at: number, word: string): Reading {
  const { text } = state;
  const prev = text.charCodeAt(at - 1);
  if (prev === 45 && isLetter(text.charCodeAt(at - 2))) {
    HYPHEN_CHAIN_Y.lastIndex = at;
    HYPHEN_CHAIN_Y.test(text);
    return { found: null, resume: Math.max(HYPHEN_CHAIN_Y.lastIndex, at + 1) };
  }
  const lower = lowerCased(word);
  if (lower === 'its' || lower === 'their') return readPossessedOne(state, at, at + word.length);
  const article = lower === 'a' || lower === 'an';
  const next = article ? wordAfterArticle(text, at + word.length) : '';
  if (article && !COUNTING_AFTER_ARTICLE.has(next)) {
    return state.implicit
      ? readImplicit(text, at, next, state.pairs)
      : { found: null, resume: at + word.length };
  }
  const vague = readVague(text, at);
  if (vague) return vague;
  if (lower === 'a') {
    COUPLE_Y.lastIndex = at;
    if (COUPLE_Y.test(text)) return finishCount(state, at, COUPLE_Y.lastIndex, 2, 'words');
  }
  const parsed = parseWordNumber(text, at);
  if (parsed) {
    if (lower === 'one' && parsed.value === 1 && isPronounOne(text, at, parsed.end, state.floor)) {
      return { found: null, resume: parsed.end };
    }
    if (notACountBefore(text, at, state.floor)) return { found: null, resume: parsed.end };
    return finishCount(state, at, parsed.end, parsed.value, 'words');
  }
  if (state.implicit && article) return readImplicit(text, at, next, state.pairs);
  return { found: null, resume: at + word.length };
}

function mentionOf(state: ScanState, found: NonNullable<Reading['found']>): NumberMention {
  if (found.form === 'vague' || found.form === 'implicit') return qualifiedMention(found, null, null);
  const before = qualifierBefore(state.text, found.start, state.floor);
  return qualifiedMention(found, before, qualifierAfter(state.text, found.end));
}

/**
 * Every count in `text`, sorted by start and never overlapping. `start..end` covers qualifiers
 * ("at least 14", "30 or more"); `numberStart..numberEnd` covers the number alone. A following
 * "of" ("dozens of", "a couple of", "one of its") is left out: it links the number to its noun.
 */
export function findNumbers(text: string, options: FindNumbersOptions = {}): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scanner = options.implicit ? IMPLICIT_SCANNER : SCANNER;
  const state: ScanState = {
    text,
    implicit: options.implicit === true,
    pairs: options.pairs ?? null,
    possessedOne: options.possessedOne ?? null,
    floor: 0,
    listEnd: -1,
  };
  const mentions: NumberMention[] = [];
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const at = m.index;
    const reading = isDigit(text.charCodeAt(at)) ? readDigits(state, at) : readWords(state, at, m[0]);
    if (reading.numbered) state.listEnd = reading.resume;
    if (reading.found) {
      const mention = mentionOf(state, reading.found);
      mentions.push(mention);
      state.floor = mention.end;
    }
    scanner.lastIndex = Math.max(reading.resume, at + 1, state.floor);
  }
  return mentions;
}
