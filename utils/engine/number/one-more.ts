/**
 * "One was killed and another wounded": a word that stands for one more of a noun named before
 * ("another", "ein weiterer", "un autre", the language's `oneMore` words) counts one when a bare
 * loss follows it (the language's `bareCount`). The figure code then lends it the noun before, as
 * it does for "35 others wounded". Before a noun or a number ("another 20 soldiers") it is no count.
 */
import type { CompiledGrammar } from '../grammar';
import type { NumberMention } from '../types';

/**
 * A match right after a letter starts mid-word. Checked here, not by a look-behind in the scan:
 * a scan led by a look-behind tries it at every position (measured 1.8× slower).
 */
const AFTER_LETTER_Y = /(?<=[\p{L}\p{M}\p{N}])/uy;

/** How far after the word its bare loss may run ("another was seriously injured"). */
const LOSS_WINDOW = 60;

/** `mentions` with the one-more counts of `text` merged in; a number inside one ("ещё один") gives way. */
export function withOneMore(
  grammar: Pick<CompiledGrammar, 'oneMore' | 'bareCount'>,
  text: string,
  mentions: NumberMention[],
): NumberMention[] {
  const { oneMore, bareCount } = grammar;
  if (!oneMore) return mentions;
  const extra: NumberMention[] = [];
  oneMore.lastIndex = 0;
  for (let m = oneMore.exec(text); m !== null; m = oneMore.exec(text)) {
    const start = m.index;
    AFTER_LETTER_Y.lastIndex = start;
    if (AFTER_LETTER_Y.test(text)) {
      oneMore.lastIndex = start + 1;
      continue;
    }
    const end = start + m[0].length;
    if (!bareCount.test(text.slice(end, end + LOSS_WINDOW))) continue;
    extra.push({
      value: 1,
      qualifier: 'exact',
      form: 'words',
      start,
      end,
      numberStart: start,
      numberEnd: end,
    });
  }
  if (extra.length === 0) return mentions;
  const overlaps = (n: NumberMention) => extra.some((e) => n.start < e.end && e.start < n.end);
  return [...mentions.filter((n) => !overlaps(n)), ...extra].sort((a, b) => a.start - b.start);
}
