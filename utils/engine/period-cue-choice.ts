/**
 * Which time cue of a sentence a figure takes (figure-period.ts): the nearest, a less precise kind
 * needing to be nearer, and a time word that only says the time of a date beside it left out.
 */
import type { Cue, CueKind } from './period-dates';

/** How much nearer a cue must be to win over a more precise kind at the same place. */
const KIND_PENALTY: Record<CueKind, number> = {
  range: 0,
  since: 0,
  date: 0,
  running: 2,
  weekday: 2,
  relative: 2,
  era: 4,
};

/** Between a date and the time word after it: a case ending at most ("27 сентября ночью"). */
const CASE_GAP = /^(?:['’-]?\p{L}{1,4})?[\s,]*$/u;
/** Between a time word and the weekday after it: a preposition at most ("overnight on Tuesday"). */
const PREPOSITION_GAP = /^[\s,]*(?:\p{L}{1,3}\s+)?$/u;

/**
 * Whether a relative word only says the time of the date right before it, past a case ending at
 * most ("11 Ekim 2020’de gece",
 * "oktyabrın 11-də gecə", "27 сентября ночью"): the night of that date, not the article's. A word
 * for the article's own day beside a weekday ("Tuesday overnight", "ночью во вторник") is that
 * weekday's time.
 */
export function timeOfDate(text: string, cue: Cue, cues: readonly Cue[], today: string | null): boolean {
  if (cue.kind !== 'relative') return false;
  return cues.some((date) => {
    if (date.kind === 'date' || date.kind === 'range')
      return date.end <= cue.start && CASE_GAP.test(text.slice(date.end, cue.start));
    if (date.kind !== 'weekday' || cue.period === null || cue.period !== today) return false;
    if (date.end <= cue.start) return CASE_GAP.test(text.slice(date.end, cue.start));
    return cue.end <= date.start && PREPOSITION_GAP.test(text.slice(cue.end, date.start));
  });
}

export function distance(cue: Cue, start: number, end: number): number {
  const gap = cue.start >= end ? cue.start - end : cue.end <= start ? start - cue.end : 0;
  return gap + KIND_PENALTY[cue.kind];
}
