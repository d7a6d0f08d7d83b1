/** A number mention with its qualifier: one shape for the English finder and the lexicon-driven one. */
import type { NumberMention, Qualifier } from '../types';

interface Read {
  value: number | null;
  form: NumberMention['form'];
  start: number;
  end: number;
}

/**
 * The mention of a number read at start..end: a qualifier before it ("at least") moves its start,
 * one after it ("or more", "'den fazla") its end; `plainEnd` is where it ends without one.
 */
export function qualifiedMention(
  found: Read,
  before: { qualifier: Qualifier; start: number } | null,
  after: { qualifier: Qualifier; end: number } | null,
  plainEnd: number = found.end,
): NumberMention {
  const qualifier: Qualifier =
    found.form === 'vague' ? 'vague' : (before?.qualifier ?? after?.qualifier ?? 'exact');
  return {
    value: found.value,
    qualifier,
    form: found.form,
    start: before?.start ?? found.start,
    end: after?.end ?? plainEnd,
    numberStart: found.start,
    numberEnd: found.end,
  };
}
