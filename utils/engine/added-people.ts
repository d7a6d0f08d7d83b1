/**
 * People named beside a counted group of civilians, in one subject: "a young couple and their
 * child", "a man, his wife and their son", "a reporter and a driver", "a woman and her two
 * children", "her father and a sister". A careful reader counts them together (3, not 1 + 2).
 * A list of numerals ("a boy, three women and two men") is a list of counts, each reported on its
 * own: a numeral joins the group only as someone's kin ("her two children", "his mother and two
 * brothers"), where the possessive makes the people one family.
 */
import type { CompiledGrammar } from './grammar';
import { passesAtEnd } from './regex-first';
import type { Span } from './sentences';
import type { NumberMention } from './types';

export interface AddedPeople {
  /** How many people the words beside the group add. */
  count: number;
  /** Where the whole subject starts and ends in the text. */
  start: number;
  end: number;
}

/**
 * The people added before `start` ("a mother and her …") and after `end` ("… and their child"), or
 * null. `numbered`: the group is counted by a numeral ("two brothers"), so only kin named with a
 * possessive join it ("his mother and two brothers", "three children and their mother"). `countAt` gives the value of the count found at an offset, if any.
 */
export function addedPeople(
  grammar: CompiledGrammar,
  text: string,
  start: number,
  end: number,
  numbered: boolean,
  countAt: (offset: number) => number | null,
): AddedPeople | null {
  const { addedPeopleAfterY: after, addedPeopleBefore: before } = grammar;
  if (!after || !before) return null;
  let count = 0;
  let from = start;
  const window = text.slice(Math.max(0, start - 60), start);
  const { addedPeopleBeforeAtEnd: atEnd } = grammar;
  const lead = !atEnd || passesAtEnd(atEnd, window) ? before.exec(window) : null;
  if (lead && (!numbered || lead[2] !== undefined || lead[3] !== undefined)) {
    count++;
    from = start - (lead[1]?.length ?? lead[0].length);
  }
  let to = end;
  let listed = 0;
  let commaFirst = false;
  for (;;) {
    after.lastIndex = to;
    const m = after.exec(text);
    if (!m) break;
    // Only people counted by no numeral are added, or a possessive's kin counted by one ("and her
    // two children"): "a boy, three women and two men" are three counts, and "and their children"
    // counts nobody we can tell.
    const numeral = m[3];
    const kin = numeral !== undefined && m[1] !== undefined && m[5] !== undefined;
    const owner = kin ? m[0].indexOf(m[1] as string) + (m[1] as string).length : 0;
    const value = kin ? countAt(m.index + m[0].indexOf(numeral, owner)) : null;
    if (kin && value === null) break;
    // "Three children and their mother": after a numeral, only someone's kin joins the group.
    if (numbered && m[1] === undefined) break;
    if (
      !kin &&
      (numeral !== undefined || m[5] !== undefined || (m[2] !== undefined && !/^(?:an?|one)$/i.test(m[2])))
    )
      break;
    if (listed === 0) commaFirst = m[0].trimStart().startsWith(',');
    listed += value ?? 1;
    to = after.lastIndex;
  }
  // "Two civilians, a man and a woman, were killed": a list set off by commas names the group again.
  if (listed > 0 && !(commaFirst && /^\s*[,)–—]/.test(text.slice(to)))) {
    count += listed;
  } else to = end;
  return count > 0 ? { count, start: from, end: to } : null;
}

/** The value of the exact count after mentions[i] whose number starts at `at`, or null. */
export function countAt(mentions: readonly NumberMention[], i: number, at: number): number | null {
  for (let j = i + 1; j < mentions.length; j++) {
    const m = mentions[j] as NumberMention;
    if (m.numberStart > at) break;
    if (m.numberStart === at && m.qualifier === 'exact') return m.value;
  }
  return null;
}

/** Whether the sentence of mentions[i] counts two people together ("a man and his wife"). */
export function countsPair(mentions: readonly NumberMention[], i: number, sentence: Span): boolean {
  const isPair = (m: NumberMention | undefined) => m?.form === 'implicit' && m.value === 2;
  for (let j = i; j >= 0 && (mentions[j] as NumberMention).start >= sentence.start; j--)
    if (isPair(mentions[j])) return true;
  for (let j = i + 1; j < mentions.length && (mentions[j] as NumberMention).start < sentence.end; j++)
    if (isPair(mentions[j])) return true;
  return false;
}
