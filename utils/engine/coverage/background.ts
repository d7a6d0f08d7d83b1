/**
 * A region named in one sentence only, after the text's first: "Relations soured after Azerbaijan's
 * 2023 offensive in Karabakh" in a piece on Armenia's EU vote. That sentence's war words and parties
 * tell the region's story, not the text's own; whether the text itself reports the war is read from
 * the rest (score.ts). Found by walking out from the mentions to the nearest sentence ends, so it
 * costs a sentence's length, not a pass over the page.
 */
import type { Hit } from './patterns';
import type { Located } from './score';

export interface Span {
  start: number;
  end: number;
}

/** A sentence end at `i`: a newline, or a stop followed by a space or the text's end. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === '։' || ch === '。') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next <= 32 || next === 0xa0;
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code <= 32 || code === 0xa0;
}

/**
 * The sentence holding every body mention of the region, when they share one sentence and it is not
 * the text's first; null otherwise.
 */
export function backgroundSentence(text: string, mentions: Hit[]): Span | null {
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  if (first === undefined || last === undefined) return null;
  let start = first.start;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  while (start < first.start && isSpace(text, start)) start++;
  let before = start - 1;
  while (before >= 0 && (isSpace(text, before) || endsSentence(text, before))) before--;
  // Nothing but space and stops before it: this is the first sentence, the text's own subject.
  if (before < 0) return null;
  let end = first.end;
  while (end < text.length && !endsSentence(text, end)) end++;
  return last.end <= end ? { start, end } : null;
}

/** Body hits outside the span; hits of the title and URL are kept. */
export function outside(located: Located[], span: Span): Located[] {
  return located.map(({ where, hits }) =>
    where === 'body'
      ? { where, hits: hits.filter((h) => h.end <= span.start || h.start >= span.end) }
      : { where, hits },
  );
}
