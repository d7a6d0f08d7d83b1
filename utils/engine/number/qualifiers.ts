/**
 * Qualifiers around a number: "at least 14", "more than a dozen", "some 30", "30 or so", "30-odd".
 * Lookups read a short, bounded window of text, so each costs constant time.
 */

import { lowerCased } from '../lower-case';
import type { Qualifier } from '../types';
import { wordBefore } from './context';

/** How far before a number a qualifier may start; the longest phrase is under 30 characters. */
const WINDOW = 40;

/** Groups 2..5 say which qualifier matched; the phrase must end right before the number. */
const QUALIFIER_BEFORE = new RegExp(
  [
    '(?:^|[^A-Za-z])(',
    '(at\\s+(?:the\\s+)?(?:very\\s+)?least|no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than|a\\s+minimum\\s+of)',
    '|((?:(?:well|just|slightly|far|much|a\\s+little|a\\s+bit)\\s+)?(?:more\\s+than|over)|upwards\\s+of|in\\s+excess\\s+of|greater\\s+than)',
    '|(about|around|approximately|approx\\.|roughly|some|(?:an\\s+)?estimated|circa|an\\s+approximate)',
    '|(nearly|almost|up\\s+to|as\\s+many\\s+as|(?:(?:slightly|just)\\s+)?(?:fewer|less)\\s+than|(?:just\\s+)?under|close\\s+to|no\\s+more\\s+than|not\\s+more\\s+than|at\\s+(?:the\\s+)?most|a\\s+maximum\\s+of)',
    ')\\s+$',
  ].join(''),
  'i',
);

/** "over" after these verbs is a particle ("handed over 15 prisoners"), not "more than". */
const PHRASAL_OVER = new RegExp(
  '\\b(?:hand(?:ed|s|ing)?|t(?:ake|aken|akes|aking|ook)|turn(?:ed|s|ing)?|g(?:ive|ave|iven|ives|iving)|' +
    'pass(?:ed|es|ing)?|won|win(?:s|ning)?|fought|fight(?:s|ing)?|argu(?:e|ed|es|ing)|row(?:ed|ing)?|' +
    'clash(?:ed|es|ing)?|struggle[ds]?|went|go(?:es|ing)?|all|left|carr(?:y|ied|ies|ying)|spread|' +
    'brought|bring(?:s|ing)?|swapp?(?:ed|ing)?|exchang(?:e|ed|es|ing))\\s+$',
  'i',
);

/** The last word of every qualifier phrase above: the cheap gate before the regex. */
const LAST_WORDS = new Set(
  'least than over of about around approximately approx. roughly some estimated circa approximate nearly almost to as under most'.split(
    ' ',
  ),
);

const QUALIFIER_BY_GROUP: readonly Qualifier[] = ['at_least', 'more_than', 'about', 'up_to'];

export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
}

/** The qualifier phrase ending right before `numberStart`, if any, not reaching back before `floor`. */
export function qualifierBefore(text: string, numberStart: number, floor: number): QualifierMatch | null {
  if (!LAST_WORDS.has(lowerCased(wordBefore(text, numberStart, floor)))) return null;
  const sliceStart = Math.max(floor, numberStart - WINDOW);
  const window = text.slice(sliceStart, numberStart);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m || m[1] === undefined) return null;
  const start = sliceStart + m.index + m[0].indexOf(m[1]);
  const group = [m[2], m[3], m[4], m[5]].findIndex((g) => g !== undefined);
  const qualifier = QUALIFIER_BY_GROUP[group];
  if (qualifier === undefined) return null;
  if (qualifier === 'more_than' && /^over$/i.test(m[1])) {
    const before = text.slice(Math.max(floor, start - 20), start);
    if (PHRASAL_OVER.test(before)) return null;
  }
  return { qualifier, start };
}

const QUALIFIER_AFTER_Y =
  /(?:[ \t\u00A0]+or[ \t\u00A0]+(more|so|fewer|less)|-(odd|plus)|(\+))(?![A-Za-z0-9])/iy;

/**
 * QUALIFIER_AFTER_Y's first characters, by char code: a hyphen, a plus, or spaces then "or".
 * Most numbers have none of them after them; the regex call would cost more than this test.
 */
function mayQualifyAfter(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first === 45 || first === 43) return true;
  let i = at;
  for (let c = first; c === 32 || c === 9 || c === 0xa0; c = text.charCodeAt(++i));
  return i > at && (text.charCodeAt(i) | 32) === 111 && (text.charCodeAt(i + 1) | 32) === 114;
}

/** A qualifier written after the number ("30 or more", "30-odd", "30+"), and where it ends. */
export function qualifierAfter(
  text: string,
  numberEnd: number,
): { qualifier: Qualifier; end: number } | null {
  if (!mayQualifyAfter(text, numberEnd)) return null;
  QUALIFIER_AFTER_Y.lastIndex = numberEnd;
  const m = QUALIFIER_AFTER_Y.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  let qualifier: Qualifier;
  if (word === 'more') qualifier = 'at_least';
  else if (word === 'so' || word === 'odd') qualifier = 'about';
  else if (word === 'fewer' || word === 'less') qualifier = 'up_to';
  else qualifier = 'more_than';
  return { qualifier, end: QUALIFIER_AFTER_Y.lastIndex };
}
