/**
 * "Armenia says it shot down Azerbaijani helicopter", "Azerbaijani Su-25 downed over Karabakh":
 * headlines drop the article, so a machine named with its side and a downing verb right before or
 * after it counts one (Lexicon grammar headlineOne). Only the opening headline lines are read: in
 * body text a bare singular is a modifier or a kind ("Armenian tank crews"), never a count.
 */
import type { CompiledGrammar } from './grammar';
import { HeadlineLines } from './headline-copies';
import { implicitOneAt } from './number/implicit-ones';
import type { NumberMention } from './types';

/** How many opening lines may hold the headline (a section label or kicker may come first). */
const OPENING_LINES = 3;

/** `mentions` with a count of one at each bare machine of the opening headline lines. */
export function withHeadlineOnes(
  grammar: Pick<CompiledGrammar, 'headlineOne'>,
  text: string,
  mentions: NumberMention[],
): NumberMention[] {
  const pattern = grammar.headlineOne;
  if (!pattern) return mentions;
  const lines = new HeadlineLines(text);
  const extra: NumberMention[] = [];
  let start = 0;
  for (let read = 0; read < OPENING_LINES && start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (/\S/u.test(text.slice(start, end))) {
      read++;
      if (!lines.has({ start, end })) break;
      const line = text.slice(start, end);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
        const at = start + m.index;
        // The count is empty before the side's word, so the figure's words hold the side.
        extra.push(implicitOneAt(at));
      }
      pattern.lastIndex = 0;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (extra.length === 0) return mentions;
  const inside = (e: NumberMention) => mentions.some((n) => n.start <= e.start && e.start < n.end);
  return [...mentions, ...extra.filter((e) => !inside(e))].sort((a, b) => a.start - b.start);
}
