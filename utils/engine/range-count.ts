/**
 * Two numbers read as one count. A range of two counts sharing one noun ("30 to 40 soldiers", "300,000–500,000 Armenians",
 * "between 30 and 40 troops") is one count: its lower bound, as the figures' labels write it.
 * A change between two numbers ("the toll rose from 30 to 40") is no range. A noun may hold the
 * next number ("Five members of one family").
 */
import type { CountedNoun, NounContext } from './borrowed-nouns';
import type { NounSpan } from './figure-context';
import type { CompiledGrammar } from './grammar';
import type { NumberMention } from './types';

/** The most characters between a range's bounds ("30 and 40" has 5). */
const MAX_GAP = 8;

/** Whether `mention` is a range's lower bound and `ctx.next` its upper one. */
function opensRange(grammar: CompiledGrammar, mention: NumberMention, ctx: NounContext): boolean {
  const { rangeGap, rangeOpen, rangeNotAfter } = grammar;
  const next = ctx.next;
  if (!rangeGap || !next || next.start < mention.end || next.start - mention.end > MAX_GAP) return false;
  if (next.start >= ctx.sentenceEnd || mention.form === 'vague' || next.form === 'vague') return false;
  const gap = rangeGap.exec(ctx.text.slice(mention.end, next.start));
  if (!gap) return false;
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, mention.start - 40), mention.start);
  if (gap[1] !== undefined && !rangeOpen?.test(before)) return false;
  return !rangeNotAfter?.test(before);
}

/**
 * The noun a range's lower bound counts: the one after its upper bound (`nounOf` finds a count's
 * own noun). The figure's words run through it, so the upper bound is read with it, not again.
 */
export function rangeCount(
  grammar: CompiledGrammar,
  mention: NumberMention,
  ctx: NounContext,
  nounOf: (upper: NumberMention) => NounSpan | null,
): CountedNoun | null {
  const upper = ctx.next && opensRange(grammar, mention, ctx) ? nounOf(ctx.next) : null;
  if (!upper) return null;
  return {
    span: { start: mention.end, end: upper.end },
    text: ctx.text.slice(upper.start, upper.end),
    borrowed: false,
  };
}

/**
 * "Five members of one family": a noun right after the count that runs past the next number
 * holds it (the noun search stops at the next count otherwise), or null.
 */
export function nounHoldingNext(
  mention: NumberMention,
  ctx: NounContext,
  nounOf: (count: NumberMention, limit: number) => NounSpan | null,
): NounSpan | null {
  const next = ctx.next;
  if (!next || next.start < mention.end || next.start >= ctx.sentenceEnd) return null;
  const noun = nounOf(mention, ctx.sentenceEnd);
  if (!noun || noun.end < next.end) return null;
  return /^\s+$/u.test(ctx.text.slice(mention.end, noun.start)) ? noun : null;
}
