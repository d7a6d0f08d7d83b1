/**
 * Whether a claim sits where its text-quote selector says in a source's text (pure). An import
 * that would pair a text with claims it does not hold (a forged article under the seed's claims,
 * say) is refused, so the reader page never marks the wrong words.
 */
import type { TextQuoteSelector } from './types';

export interface Anchored {
  id: string;
  start: number;
  end: number;
  selector: TextQuoteSelector;
}

const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Why the claim does not sit at its place in `text`, or null when it does. A claim placed after
 * the text's end is one the reader typed without finding it in the text: never marked, so fine.
 */
export function anchorProblem(text: string, claim: Anchored): string | null {
  if (claim.start > text.length) return null;
  const { exact, prefix, suffix } = claim.selector;
  const found = text.slice(claim.start, claim.end);
  if (found !== exact) {
    return `claim "${claim.id}" expects ${shown(exact)} at ${claim.start}–${claim.end}; the text has ${shown(found)} there`;
  }
  const prefixAt = claim.start - prefix.length;
  if (prefix && (prefixAt < 0 || !text.startsWith(prefix, prefixAt))) {
    return `claim "${claim.id}": the words before ${shown(exact)} are not its selector's prefix ${shown(prefix)}`;
  }
  if (suffix && !text.startsWith(suffix, claim.end)) {
    return `claim "${claim.id}": the words after ${shown(exact)} are not its selector's suffix ${shown(suffix)}`;
  }
  return null;
}
