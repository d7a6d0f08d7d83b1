/**
 * "Azerbaijan lost, by its own account, 50 tanks", "The army destroyed, the ministry said, three
 * Armenian tanks": an attribution set between commas inside the clause, after its loss verb and
 * before the verb's count, is an aside. It opens no clause: the verb and its subject before it still
 * act on the count, where a speaker before a count ("the ministry said 12 soldiers died") starts one.
 */
import type { Attribution } from './attributions';

/** How many words an aside's speaker phrase may have before its verb ("the defence ministry in Yerevan"). */
const ASIDE_WORDS = 6;
/** From the aside's end to the count: the rest of an "according to" phrase and the closing comma. */
const ASIDE_CLOSE = /^[^,;:.!?\p{N}]{0,60},\s*$/u;
/** The speaker words between the opening comma and the verb: no count, no clause break. */
const ASIDE_OPEN = /^[^;:.!?\p{N}]*$/u;

/**
 * Where the clause of a count at `start` begins, given the sentence's attributions, the one
 * governing the count and the count's loss verb. Past an aside, the clause is the loss verb's: it
 * begins after the last attribution before that verb ("Baku said that Armenia lost, it claimed, …").
 */
export function clauseStartOf(
  sentence: string,
  attributions: readonly Attribution[],
  attribution: Attribution | null,
  start: number,
  eventAt: number,
): number {
  if (!attribution || attribution.at >= start) return 0;
  if (eventAt < 0 || eventAt >= attribution.at) return attribution.end;
  if (!ASIDE_CLOSE.test(sentence.slice(attribution.end, start))) return attribution.end;
  const opening = sentence.lastIndexOf(',', attribution.at);
  if (opening <= eventAt) return attribution.end;
  const speaker = sentence.slice(opening + 1, attribution.at);
  if (!ASIDE_OPEN.test(speaker) || speaker.trim().split(/\s+/u).length > ASIDE_WORDS) return attribution.end;
  let clause = 0;
  for (const a of attributions) if (a.end <= eventAt) clause = a.end;
  return clause;
}
