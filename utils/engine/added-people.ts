/**
 * People named beside a counted group of civilians, in one subject: "a young couple and their
 * child", "a man, his wife and their son", "a reporter and a driver". A careful reader counts them
 * together (3, not 2). Only a group counted by no numeral ("a couple", "a man") takes
 * them, and only people counted by no numeral are added: a list of numerals ("a boy, three women
 * and two men") is a list of counts, each reported on its own.
 */
import type { CompiledGrammar } from './grammar';

export interface AddedPeople {
  /** How many people the words beside the group add. */
  count: number;
  /** Where the whole subject starts and ends in the text. */
  start: number;
  end: number;
}

/** The people added before `start` ("a mother and her …") and after `end` ("… and their child"), or null. */
export function addedPeople(
  grammar: CompiledGrammar,
  text: string,
  start: number,
  end: number,
): AddedPeople | null {
  const { addedPeopleAfterY: after, addedPeopleBefore: before } = grammar;
  if (!after || !before) return null;
  let count = 0;
  let from = start;
  const lead = before.exec(text.slice(Math.max(0, start - 60), start));
  if (lead) {
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
    // Only people counted by no numeral are added: "a boy, three women and two men" are three
    // counts, and "and their children" counts nobody we can tell.
    if (m[3] !== undefined || (m[1] !== undefined && !/^(?:an?|one)$/i.test(m[1]))) break;
    if (listed === 0) commaFirst = m[0].trimStart().startsWith(',');
    listed++;
    to = after.lastIndex;
  }
  // "Two civilians, a man and a woman, were killed": a list set off by commas names the group again.
  if (listed > 0 && !(commaFirst && /^\s*[,)–—]/.test(text.slice(to)))) {
    count += listed;
  } else to = end;
  return count > 0 ? { count, start: from, end: to } : null;
}
