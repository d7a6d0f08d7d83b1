/**
 * A headline or teaser repeats the article's figure ("Ombudsman: 19 civilians killed" above "A total
 * of 19 civilians were killed, …"): one claim, reported once, from the body sentence that carries
 * its speaker and detail. A copy is dropped only when the body restates the same count of the same
 * metric (for no other side); a figure only the headline has stays.
 */
import type { Figure, Side } from './types';

/** Longest line still read as a headline or teaser. */
const HEADLINE_MAX = 280;
/** A line that ends like a sentence or a quotation is body text. */
const ENDS_AS_SENTENCE = /[.!?…\u0589:;"'”’»)\]]$/u;
/** A line holding sentences (a photo caption with its credit) is body text too. */
const INNER_SENTENCE = /[.!?\u0589]\s+\p{Lu}/u;

/** Whether `start..end` stands on a line of its own that reads as a headline (no closing stop). */
export function onHeadlineLine(text: string, { start, end }: { start: number; end: number }): boolean {
  // Only a short line can be a headline: look no further than its length either way (a page on one
  // line would otherwise be searched whole for each of its figures).
  const from = Math.max(0, start - HEADLINE_MAX - 1);
  const newlineBefore = newlineIn(text, start - 1, from - 1);
  if (newlineBefore < from && from > 0) return false;
  const lineStart = newlineBefore < from ? from : newlineBefore + 1;
  const reach = lineStart + HEADLINE_MAX + 2;
  const newlineAfter = newlineIn(text, end, Math.min(text.length, reach));
  const closed = newlineAfter !== -1;
  const lineEnd = closed ? newlineAfter : Math.min(text.length, reach);
  if (!closed && lineEnd < text.length) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length <= HEADLINE_MAX && !ENDS_AS_SENTENCE.test(line) && !INNER_SENTENCE.test(line);
}

/** The first newline from `at` towards `stop` (exclusive; backwards when stop < at), or -1. */
function newlineIn(text: string, at: number, stop: number): number {
  const step = stop < at ? -1 : 1;
  for (let i = at; i !== stop && i >= 0 && i < text.length; i += step)
    if (text.charCodeAt(i) === 10) return i;
  return -1;
}

const claimKey = (f: Figure) => `${f.value}|${f.metric}`;

/** The figures without headline copies of a figure the body states. */
export function withoutHeadlineCopies(text: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const headline = figures.map((f) => onHeadlineLine(text, f));
  // Per count and metric, the sides the body gives it (null: a copy too short to show the side).
  const body = new Map<string, Set<Side>>();
  figures.forEach((f, i) => {
    if (headline[i]) return;
    const sides = body.get(claimKey(f)) ?? new Set<Side>();
    sides.add(f.side);
    body.set(claimKey(f), sides);
  });
  return figures.filter((f, i) => {
    if (!headline[i]) return true;
    const sides = body.get(claimKey(f));
    return !sides || !(f.side === null || sides.has(f.side) || sides.has(null));
  });
}

/**
 * Where headline copies are kept (the language's labels count every copy), a copy with no speaker
 * of its own speaks with the body figure it repeats ("Ganja: 5 dead, 35 wounded" above "… 5 people
 * were killed, the president's aide said"): it is the same claim.
 */
export function withHeadlineSpeakers(text: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const headline = figures.map((f) => onHeadlineLine(text, f));
  const speakers = new Map<string, Figure['claimant']>();
  figures.forEach((f, i) => {
    if (!headline[i] && f.claimant && !speakers.has(claimKey(f))) speakers.set(claimKey(f), f.claimant);
  });
  return figures.map((f, i) => {
    const claimant = headline[i] && !f.claimant ? speakers.get(claimKey(f)) : undefined;
    return claimant ? { ...f, claimant } : f;
  });
}
