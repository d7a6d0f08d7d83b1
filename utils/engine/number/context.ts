/**
 * The text around a number that makes it something other than a count: a year, a date, a time,
 * an age, a percentage, a model designation ("Su-25", "TB2"), a compound modifier ("six-year war").
 * Every check reads a short, bounded window, so the scanner stays linear.
 */
import { lowerCased } from '../lower-case';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

const SPACE = '[ \\t\\u00A0\\u2009\\u202F]';

/** Window read before a number; every pattern below fits in it. */
const WINDOW = 40;

/**
 * After a number: percentages, clock times, ages, day-month dates, calibres. Months are
 * case-sensitive so "may" the verb is not a month.
 */
const NOT_A_COUNT_AFTER_Y = new RegExp(
  [
    `${SPACE}*(?:%|[Pp]er${SPACE}?[Cc]ent\\b|pct\\b|percentage${SPACE}+points?\\b)`,
    `${SPACE}?(?:[aApP]\\.?[mM]\\.?(?![A-Za-z])|o['’]clock\\b|GMT\\b|UTC\\b|hrs\\b)`,
    `(?:${SPACE}+|-)years?(?:${SPACE}+|-)old\\b`,
    `${SPACE}+years?${SPACE}+of${SPACE}+age\\b`,
    `${SPACE}*(?:and|to|or|-|–)${SPACE}*\\d{1,3}${SPACE}+years?(?:${SPACE}+of${SPACE}+age|[ -]old)\\b`,
    `(?:${SPACE}*[-–]${SPACE}*\\d{1,2})?(?:st|nd|rd|th)?${SPACE}+(?:of${SPACE}+)?(?:${MONTHS})\\b`,
    `${SPACE}?(?:mm|cm)\\b`,
  ].join('|'),
  'y',
);

/** Before a number: a month ("September 27", "October 4 and 8"), an age ("aged 25"), currency, a numbering word. */
const NOT_A_COUNT_BEFORE = new RegExp(
  [
    // "September 27" is a date; in "27 September 37 civilians" the day came first, so 37 counts.
    `(?<!\\d{1,2}(?:st|nd|rd|th)?${SPACE}+)\\b(?:${MONTHS})\\.?${SPACE}+$`,
    `\\b(?:[Aa]ged?|[Aa]ges)${SPACE}+(?:of${SPACE}+)?(?:between${SPACE}+|from${SPACE}+)?(?:\\d{1,3}${SPACE}*(?:and|to|-|–)${SPACE}*)?$`,
    `[$€£¥₽₼֏#№]${SPACE}*$`,
    // "a father of three" tells how many children he has, not who was hurt.
    `\\b(?:[Ff]ather|[Mm]other|[Pp]arent|[Gg]randfather|[Gg]randmother)s?${SPACE}+of${SPACE}+$`,
    // "13 soldiers were killed, not 30": a retraction sets aside the figure it names.
    `,${SPACE}*(?:(?:and|but)${SPACE}+)?(?:not|rather${SPACE}+than|instead${SPACE}+of)${SPACE}+$`,
  ].join('|'),
);

/** Before a day of a range of days ("October 4 and 8"); "since Sept. 27 to 90" ends in no day. */
const DAY_RANGE_BEFORE = new RegExp(
  `\\b(?:${MONTHS})\\.?${SPACE}+\\d{1,2}(?:st|nd|rd|th)?${SPACE}*(?:and|to|through|-|–)${SPACE}*$`,
);
const DAY_Y = /(?:[1-9]|[12]\d|3[01])(?!\d)/y;

const MONTH_WORDS = new Set(MONTHS.split('|'));
/** Last words of the age, date-range and retraction patterns ("aged 18 to 60", "October 4 and 8", ", not 30"). */
const AGE_OR_RANGE_WORDS = new Set('aged age ages between from of and to through not than'.split(' '));
const CURRENCY_CODES = new Set([...'$€£¥₽₼֏#№'].map((c) => c.charCodeAt(0)));

/** Words that number things rather than count them: "Resolution 822", "Article 5", "Flight 17". */
const NUMBERING_WORDS = new Set(
  (
    'resolution resolutions article articles section sections chapter chapters paragraph paragraphs clause ' +
    'clauses protocol protocols no. nos. number flight flights route routes highway highways page pages p. ' +
    'pp. room rooms platform platforms gate gates channel volume vol. decree mk mk.'
  ).split(' '),
);

/** Another item of the same numbered list ("Resolutions 822, 853 and 874"). */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[-–]\s*)$/;

/** Words before a four-digit number that make it a year ("in 1994", "the 2016 clashes"). */
const YEAR_CONTEXT_BEFORE = new RegExp(
  '(?:\\b(?:in|on|since|of|by|until|till|to|from|during|before|after|between|and|or|the|a|an|its|their|his|' +
    'her|early|late|mid|spring|summer|autumn|fall|winter|year|through|throughout|end|beginning|start|' +
    `${MONTHS})|['’]s|\\d{1,2}(?:st|nd|rd|th)?,?)${SPACE}*$`,
  'i',
);

/** Lowercase plurals that end in "s" but are not nouns that could be counted. */
const NOT_PLURAL = new Set([
  'was',
  'has',
  'is',
  'this',
  'thus',
  'plus',
  'towards',
  'versus',
  'across',
  'unless',
  'whereas',
  'afterwards',
  'its',
  'his',
  'hers',
  'ours',
  'theirs',
  'always',
  'perhaps',
  'sees',
  'says',
  'does',
  'goes',
  'marks',
  'remains',
  'becomes',
  'brings',
  'means',
]);

/** Counted nouns without a plural "s". */
const COUNTED_NO_S = new Set([
  'people',
  'men',
  'women',
  'children',
  'personnel',
  'aircraft',
  'police',
  'staff',
]);

const NEXT_WORDS_Y = new RegExp(`${SPACE}+([A-Za-z]+)(?:${SPACE}+([a-z]+))?`, 'y');
/** Words that can stand between a count and its noun ("2000 damaged houses", "1500 Armenian troops"). */
const MODIFIER =
  /^(?:[a-z]+ed|more|other|new|additional|enemy|military|civilian|ethnic|young|foreign|local|[A-Z][a-z]+(?:an|ani|i|ese|ish))$/;
const PUNCTUATION_OR_END_Y = /\s*(?:[,.;:)\]]|$)/y;

/**
 * The word right before `at` (spaces skipped, a trailing "." kept), as written, or '' when a
 * non-letter comes first. Cheap gate for the look-behind regexes, which are costlier.
 */
export function wordBefore(text: string, at: number, floor: number): string {
  let end = at;
  const limit = Math.max(floor, at - WINDOW);
  while (end > limit && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  if (start > limit && text.charCodeAt(start - 1) === 46) start--;
  const wordEnd = start;
  while (start > limit && isLetter(text.charCodeAt(start - 1))) start--;
  return start === wordEnd ? '' : text.slice(start, end);
}

/** The last non-space character before `at`, or NaN. */
function charBefore(text: string, at: number, floor: number): number {
  let i = at;
  const limit = Math.max(floor, at - WINDOW);
  while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  return i > limit ? text.charCodeAt(i - 1) : Number.NaN;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f
  );
}

function windowBefore(text: string, at: number, floor: number): string {
  return text.slice(Math.max(floor, at - WINDOW), at);
}

/** Whether a percentage, time, age, date or calibre follows the number ending at `end`. */
export function notACountAfter(text: string, end: number): boolean {
  NOT_A_COUNT_AFTER_Y.lastIndex = end;
  return NOT_A_COUNT_AFTER_Y.test(text);
}

/** Whether a month, age word or currency sign comes right before the number at `start`. */
export function notACountBefore(text: string, start: number, floor: number): boolean {
  const word = wordBefore(text, start, floor);
  if (word === '') {
    const c = charBefore(text, start, floor);
    if (!(c === 45 || c === 0x2013 || CURRENCY_CODES.has(c))) return false;
  } else if (
    !MONTH_WORDS.has(word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word) &&
    !AGE_OR_RANGE_WORDS.has(lowerCased(word))
  )
    return false;
  const before = windowBefore(text, start, floor);
  if (NOT_A_COUNT_BEFORE.test(before)) return true;
  DAY_Y.lastIndex = start;
  return DAY_Y.test(text) && DAY_RANGE_BEFORE.test(before);
}

/** Whether a numbering word ("Resolution", "Article") comes right before the number at `start`. */
export function numberingWordBefore(text: string, start: number, floor: number): boolean {
  return NUMBERING_WORDS.has(lowerCased(wordBefore(text, start, floor)));
}

/** Whether the text between a numbered item and the next number continues the list. */
export function continuesList(text: string, listEnd: number, start: number): boolean {
  return start - listEnd <= 12 && LIST_GAP.test(text.slice(listEnd, start));
}

function isCountedPlural(word: string): boolean {
  if (COUNTED_NO_S.has(word)) return true;
  return /^[a-z]{4,}$/.test(word) && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word);
}

/** Whether a counted plural follows `end`, maybe after one modifier ("2000 soldiers", "2000 damaged houses"). */
function countedNounAfter(text: string, end: number): boolean {
  NEXT_WORDS_Y.lastIndex = end;
  const m = NEXT_WORDS_Y.exec(text);
  const first = m?.[1];
  if (first === undefined) return false;
  if (isCountedPlural(first)) return true;
  const second = m?.[2];
  return second !== undefined && MODIFIER.test(first) && isCountedPlural(second);
}

/**
 * Whether a bare four-digit number is a year. "2,000" is never a year; "2000 soldiers" and
 * "about 2000 were killed" are counts; "in 2020", "the 2016 clashes" and "1994." are years.
 */
/** A value written as four plain digits that may be a year of the press's era ("2020"). */
export function isYearValue(value: number): boolean {
  return value >= 1900 && value <= 2099;
}

export function isYear(text: string, start: number, end: number, floor: number, qualified: boolean): boolean {
  if (countedNounAfter(text, end) && !YEAR_CONTEXT_BEFORE.test(windowBefore(text, start, floor))) {
    return false;
  }
  if (!qualified) return true;
  PUNCTUATION_OR_END_Y.lastIndex = end;
  return PUNCTUATION_OR_END_Y.test(text);
}

const ONE_OF_Y = /\s+of\b/iy;
const ONE_BEFORE = /\b(?:no|the|any|each|every|this|that|which)\s+$/i;
const ONE_AFTER_Y =
  /(?:\s+(?:another|day|time|point|way|hand|side|morning|evening|night|afternoon|by\s+one|after\s+another|and\s+the\s+same|and\s+only|can|could|would|should|might|must|will)\b|['’]s\b)/iy;

/**
 * Whether "one" at start..end is a pronoun or idiom ("no one", "one another", "one day").
 * "that one of its helicopters" is a count: "that" is then a conjunction, not a determiner.
 */
export function isPronounOne(text: string, start: number, end: number, floor: number): boolean {
  ONE_AFTER_Y.lastIndex = end;
  if (ONE_AFTER_Y.test(text)) return true;
  ONE_OF_Y.lastIndex = end;
  return !ONE_OF_Y.test(text) && ONE_BEFORE.test(windowBefore(text, start, floor));
}

/** Whether the digits at `start` are glued to what precedes them ("TB2", "Su-25", "'90s", "5:30"). */
export function attachedBefore(text: string, start: number): boolean {
  // Read only inside the text: a read before its start deoptimises the number finder.
  if (start <= 0) return false;
  const prev = text.charCodeAt(start - 1);
  if (isLetter(prev) || isDigit(prev)) return true;
  const prev2 = start >= 2 ? text.charCodeAt(start - 2) : Number.NaN;
  // "Su-25", "Mi-8", "mid-1990s": a letter, a hyphen, then the number is a designation.
  if (prev === 45 /* - */ && isLetter(prev2)) return true;
  // "1,5" or "3.5" seen mid-token, "'90s", paths and times ("2020/09", "5:30").
  if ((prev === 44 || prev === 46 || prev === 58) && isDigit(prev2)) return true;
  if (prev === 46 && isLetter(prev2)) return true;
  return prev === 39 || prev === 0x2019 || prev === 47 || prev === 92 || prev === 95;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 0xbf && code < 0x2000);
}
