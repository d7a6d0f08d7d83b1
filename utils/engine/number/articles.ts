/**
 * What an article counts in English: "a drone" is one, "a mother and child" two (the topic pack's
 * pairs), "an elderly couple" two; "a group of", "a further 30" and "a couple days later" count
 * nothing by the article itself.
 */

import { lowerCased } from '../lower-case';
import type { NumberMention } from '../types';
import { NUMBER_START_WORDS } from './words';

export type Form = NumberMention['form'];

export interface Reading {
  /** Null when the candidate is not a count; the scan then resumes at `resume`. */
  found: { value: number | null; form: Form; start: number; end: number } | null;
  resume: number;
  /** Set when the candidate was skipped as a numbered item ("Resolution 822"). */
  numbered?: boolean;
}

const NUMBER_WORDS = NUMBER_START_WORDS.join('|');
/** Any gap the readers of "a few" (\s+) and "a hundred" (words.ts) accept, then a word. */
const WORD_AFTER_Y = /\s*-?\s*([A-Za-z]+)/y;

/** The word after an article, lower-cased ('' if none): most make it no part of a count. */
export function wordAfterArticle(text: string, end: number): string {
  WORD_AFTER_Y.lastIndex = end;
  const word = WORD_AFTER_Y.exec(text)?.[1];
  return word === undefined ? '' : lowerCased(word);
}

/** "an elderly couple" counts two; the count starts past the article, where the noun does. */
const COUPLE_ALONE_Y =
  /an?\s+(?=(?:(?:old|elderly|young|married)\s+)?couple\b(?!\s+(?:of|more|days|weeks|months|hours|years|times)\b))/iy;
/** The words after an article that may begin "(an elderly) couple": the couple readers need one. */
const COUPLE_LEADS = new Set(['couple', 'old', 'elderly', 'young', 'married']);
/** "a couple days later": a span of time, no count of people. */
const COUPLE_OF_TIME_Y = /an?\s+couple\s+(?:more\s+)?(?:days|weeks|months|hours|years|times)\b/iy;
/** "a group of", "a large number of", "a total of": the article does not count the noun. */
const COLLECTIVE_Y = new RegExp(
  '(?:an?\\s+(?:[A-Za-z-]+\\s+)?(?:group|number|total|couple|pair|handful|lot|series|batch|dozen|' +
    'majority|minority|third|quarter|half|fraction|convoy|column|unit|squad|team|wave|string|host|' +
    'range|variety|set|list|count|tally|toll|score|bunch|crowd|stream|family|quantity|amount|' +
    'maximum|minimum|further|multitude)s?\\s+of\\b)',
  'iy',
);
/** "a further 30", "an estimated 5,000": the article belongs to the number that follows. */
const NUMBER_MODIFIERS =
  'further|reported|mere|staggering|additional|combined|record|whopping|confirmed|alleged|estimated|' +
  'approximate|massive|huge|good|full|another|extra|minimum|maximum|total|paltry|modest';
const ARTICLE_OF_NUMBER_Y = new RegExp(
  `(?:an?\\s+(?:(?:${NUMBER_MODIFIERS})\\s+){1,3}(?:of\\s+)?)(?=\\d|(?:${NUMBER_WORDS})\\b)`,
  'iy',
);
const MODIFIER_WORDS = new Set(NUMBER_MODIFIERS.split('|'));

/** "a"/"an" at `at`, followed by the word `next` (wordAfterArticle): one, two, or no count. */
export function readImplicit(text: string, at: number, next: string, pairs: RegExp | null): Reading {
  const resume = at + 1;
  ARTICLE_OF_NUMBER_Y.lastIndex = at;
  if (MODIFIER_WORDS.has(next) && ARTICLE_OF_NUMBER_Y.test(text)) return { found: null, resume };
  if (pairs) {
    pairs.lastIndex = at;
    if (pairs.test(text)) {
      return {
        found: { value: 2, form: 'implicit', start: at, end: pairs.lastIndex },
        resume: pairs.lastIndex,
      };
    }
  }
  if (COUPLE_LEADS.has(next)) {
    COUPLE_ALONE_Y.lastIndex = at;
    if (COUPLE_ALONE_Y.test(text)) {
      const from = COUPLE_ALONE_Y.lastIndex;
      return { found: { value: 2, form: 'implicit', start: from, end: from }, resume: from };
    }
    COUPLE_OF_TIME_Y.lastIndex = at;
    if (COUPLE_OF_TIME_Y.test(text)) return { found: null, resume: COUPLE_OF_TIME_Y.lastIndex };
  }
  COLLECTIVE_Y.lastIndex = at;
  if (COLLECTIVE_Y.test(text)) return { found: null, resume };
  const end = text.charCodeAt(at + 1) === 110 || text.charCodeAt(at + 1) === 78 ? at + 2 : at + 1;
  return { found: { value: 1, form: 'implicit', start: at, end }, resume: end };
}
