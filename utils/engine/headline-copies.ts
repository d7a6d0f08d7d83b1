/**
 * A headline or teaser repeats the article's figure ("Ombudsman: 19 civilians killed" above "A total
 * of 19 civilians were killed, …"): one claim, reported once, from the body sentence that carries
 * its speaker and detail. A copy is dropped only when the body restates the same count of the same
 * metric (for no other side); a figure only the headline has stays.
 */
import type { Figure } from './types';

/** Longest line still read as a headline or teaser. */
const HEADLINE_MAX = 280;
/** A line that ends like a sentence or a quotation is body text. */
const ENDS_AS_SENTENCE = /[.!?…\u0589:;"'”’»)\]]$/u;
/** A line holding sentences (a photo caption with its credit) is body text too. */
const INNER_SENTENCE = /[.!?\u0589]\s+\p{Lu}/u;

/** Whether the figure stands on a line of its own that reads as a headline (no closing stop). */
function onHeadlineLine(text: string, figure: Figure): boolean {
  const lineStart = text.lastIndexOf('\n', figure.start - 1) + 1;
  const next = text.indexOf('\n', figure.end);
  const line = text.slice(lineStart, next === -1 ? text.length : next).trim();
  return line.length <= HEADLINE_MAX && !ENDS_AS_SENTENCE.test(line) && !INNER_SENTENCE.test(line);
}

/** Same count of the same metric; a copy too short to show whose losses it counts still matches. */
function sameClaim(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.metric === b.metric && (a.side === b.side || !a.side || !b.side);
}

/** The figures without headline copies of a figure the body states. */
export function withoutHeadlineCopies(text: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const headline = figures.map((f) => onHeadlineLine(text, f));
  return figures.filter((f, i) => !headline[i] || !figures.some((g, j) => !headline[j] && sameClaim(f, g)));
}
