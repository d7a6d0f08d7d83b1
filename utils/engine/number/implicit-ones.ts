/**
 * Counts of one a language writes with no number: a machine lost without a count, in a language with
 * no article to count it ("сбит азербайджанский вертолет"), found by the lexicon's implicitOne.
 */
import type { NumberMention } from '../types';

/**
 * The counts found, with one for each machine lost without a count ("сбит вертолет"), in text
 * order; such a one at the words of a count is left out. Its mention is empty, at the noun
 * phrase's start: the noun is read after it as after any count.
 */
export function withImplicitOnes(pattern: RegExp, text: string, mentions: NumberMention[]): NumberMention[] {
  const ones: NumberMention[] = [];
  let j = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // The words counted are the first group the match captured (the loss word is not counted).
    const at = m.indices?.slice(1).find((g) => g !== undefined)?.[0] ?? m.index;
    if (m[0].length === 0) pattern.lastIndex++;
    while (j < mentions.length && (mentions[j] as NumberMention).end <= at) j++;
    if (j < mentions.length && (mentions[j] as NumberMention).start <= at) continue;
    ones.push(implicitOneAt(at));
  }
  if (ones.length === 0) return mentions;
  return [...mentions, ...ones].sort((a, b) => a.start - b.start);
}

/** Whether the last count found ends right before `at`, past spaces ("3 ինքնաթիռը" is no one more). */
export function countJustBefore(mentions: NumberMention[], text: string, at: number): boolean {
  const last = mentions[mentions.length - 1];
  return last !== undefined && /^\s*$/.test(text.slice(last.end, at));
}

/** One, counted at `at`: an empty mention before the noun, read as after any count. */
export function implicitOneAt(at: number): NumberMention {
  return {
    value: 1,
    qualifier: 'exact',
    form: 'implicit',
    start: at,
    end: at,
    numberStart: at,
    numberEnd: at,
  };
}
