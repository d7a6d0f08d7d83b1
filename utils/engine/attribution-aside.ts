/**
 * "Azerbaijan lost, by its own account, 50 tanks", "Aserbaidschan verlor nach eigenen Angaben 50
 * Panzer", "a perdu, selon son ministère, 50 chars": an attribution set between a loss verb and its
 * count is an aside. It opens no clause: the verb and its subject before it still act on the count,
 * where a speaker before a count ("the ministry said 12 soldiers died") starts one. Set off by
 * commas (clauseStartOf) its speaker may have a few words of its own; right after the verb, with or
 * without a comma (asideAt), it is what ends the words that may name the loser.
 */
import type { Attribution } from './attributions';
import type { CompiledPack } from './compiled-pack';
import { firstPartySide } from './side-phrases';
import type { Side } from './types';

/** How many words an aside's speaker phrase may have before its verb ("the defence ministry in Yerevan"). */
const ASIDE_WORDS = 6;
/** From the aside's end to the count: the rest of an "according to" phrase and the closing comma. */
const ASIDE_CLOSE = /^[^,;:.!?\p{N}]{0,60},\s*$/u;
/** The speaker words between the opening comma and the verb: no count, no clause break. */
const ASIDE_OPEN = /^[^;:.!?\p{N}]*$/u;
/** The loss word alone, then the spaces or comma that open the aside. */
const VERB_THEN_ASIDE = /^[\p{L}\p{M}-]+[\s,]+$/u;

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

/** Where the aside starts if `attribution` sits right after the loss word at `eventAt`, before the count at `start`, else -1. */
export function asideAt(
  sentence: string,
  eventAt: number,
  attribution: Attribution | null,
  start: number,
): number {
  if (!attribution || eventAt < 0 || attribution.at <= eventAt || attribution.at >= start) return -1;
  return VERB_THEN_ASIDE.test(sentence.slice(eventAt, attribution.at)) ? attribution.at : -1;
}

/** "Azerbaycan ordusu, Bakanlığın açıklamasına göre, 4 tank imha etti": the party of a subject before an attribution set off by commas. */
export function subjectBeforeAside(pack: CompiledPack, sentence: string, clauseStart: number): Side {
  const comma = sentence.indexOf(',');
  return comma >= 0 && comma < clauseStart ? firstPartySide(pack, sentence.slice(0, comma)) : null;
}
