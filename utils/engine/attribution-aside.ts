/**
 * "Aserbaidschan verlor nach eigenen Angaben 50 Panzer", "a perdu, selon son ministère, 50 chars":
 * an attribution set between a loss verb and its count is an aside; the verb still acts on the
 * count and its subject is still the clause's.
 */
import type { Attribution } from './attributions';

/** The loss word alone, then the spaces or comma that open the aside. */
const VERB_THEN_ASIDE = /^[\p{L}\p{M}-]+[\s,]+$/u;

/** Where the aside starts if `attribution` sits between the loss word at `eventAt` and the count at `start`, else -1. */
export function asideAt(
  sentence: string,
  eventAt: number,
  attribution: Attribution | null,
  start: number,
): number {
  if (!attribution || eventAt < 0 || attribution.at <= eventAt || attribution.at >= start) return -1;
  return VERB_THEN_ASIDE.test(sentence.slice(eventAt, attribution.at)) ? attribution.at : -1;
}
