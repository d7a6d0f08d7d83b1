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

/**
 * Which figures of a text stand on a headline line. Each figure's line is found by native search
 * within a headline's length either way (a page on one line is not searched whole per figure),
 * and each line is judged once.
 */
export class HeadlineLines {
  /** Verdict per line start, with the line end it was judged for. */
  private readonly verdicts = new Map<number, { end: number; headline: boolean }>();

  constructor(private readonly text: string) {}

  /** Whether `start..end` stands on a line of its own that reads as a headline (no closing stop). */
  has({ start, end }: { start: number; end: number }): boolean {
    const { text } = this;
    // Only a short line can be a headline: a line longer than that either way is none.
    const from = Math.max(0, start - HEADLINE_MAX - 1);
    const before = text.slice(from, start).lastIndexOf('\n');
    if (before === -1 && from > 0) return false;
    const lineStart = before === -1 ? 0 : from + before + 1;
    const reach = Math.min(text.length, lineStart + HEADLINE_MAX + 2);
    const after = end < reach ? text.slice(end, reach).indexOf('\n') : -1;
    if (after === -1 && reach < text.length) return false;
    const lineEnd = after === -1 ? reach : end + after;
    const known = this.verdicts.get(lineStart);
    if (known?.end === lineEnd) return known.headline;
    const line = text.slice(lineStart, lineEnd).trim();
    const headline =
      line.length <= HEADLINE_MAX && !ENDS_AS_SENTENCE.test(line) && !INNER_SENTENCE.test(line);
    this.verdicts.set(lineStart, { end: lineEnd, headline });
    return headline;
  }
}

const claimKey = (f: Figure) => `${f.value}|${f.metric}`;

/** The figures without headline copies of a figure the body states. */
export function withoutHeadlineCopies(text: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const lines = new HeadlineLines(text);
  const headline = figures.map((f) => lines.has(f));
  if (!headline.includes(true)) return figures;
  // Per count and metric of a headline figure, the sides the body gives it (null: a copy too short
  // to show the side).
  const body = new Map<string, Set<Side>>();
  figures.forEach((f, i) => {
    if (headline[i]) body.set(claimKey(f), new Set<Side>());
  });
  figures.forEach((f, i) => {
    if (!headline[i]) body.get(claimKey(f))?.add(f.side);
  });
  return figures.filter((f, i) => {
    if (!headline[i]) return true;
    const sides = body.get(claimKey(f)) as Set<Side>;
    return sides.size === 0 || !(f.side === null || sides.has(f.side) || sides.has(null));
  });
}

/**
 * Where headline copies are kept (the language's labels count every copy), a copy with no speaker
 * of its own speaks with the body figure it repeats ("Ganja: 5 dead, 35 wounded" above "… 5 people
 * were killed, the president's aide said"): it is the same claim.
 */
export function withHeadlineSpeakers(text: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const lines = new HeadlineLines(text);
  const headline = figures.map((f) => lines.has(f));
  if (!headline.includes(true)) return figures;
  const speakers = new Map<string, Figure['claimant']>();
  figures.forEach((f, i) => {
    if (!headline[i] && f.claimant && !speakers.has(claimKey(f))) speakers.set(claimKey(f), f.claimant);
  });
  return figures.map((f, i) => {
    const claimant = headline[i] && !f.claimant ? speakers.get(claimKey(f)) : undefined;
    return claimant ? { ...f, claimant } : f;
  });
}
