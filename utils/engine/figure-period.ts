/**
 * The period a figure counts, read from its sentence (utils/engine/period.ts owns the notation).
 * The cue nearest the figure decides: an era ("in the 1990s war"), a span ("from 2 to 5 April"),
 * a tally ("since 27 September", "so far", "as of 4 October"), a date ("on 27 September"), a
 * weekday or a day relative to the article ("yesterday"). A sentence without a cue keeps the
 * tally of the paragraph's earlier sentences; else the figure counts the article's day. Without
 * the article's date, relative words and dates without a year stay unknown: never guessed.
 */
import type { CompiledPack } from './compiled-pack';
import type { EraHit } from './figure-context';
import { addDays, isoDay, periodEnd, weekdayOf } from './period';

export interface PeriodInput {
  /** The article's publication day (YYYY-MM-DD), or null when unknown. */
  published: string | null;
}

type CueKind = 'era' | 'range' | 'since' | 'running' | 'date' | 'weekday' | 'relative';

interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  /** A day or interval; null when the cue says a time we cannot place (no article date). */
  period: string | null;
  /** For a date: a tally ends on it ("as of 4 October"). */
  asOf?: boolean;
}

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

function monthOf(pack: CompiledPack, words: string): number {
  const index = pack.periods.months.findIndex((m) => m.test(words));
  return index + 1;
}

/** A day of the article's year (the year before when that day is still to come), or null. */
function dayOfYear(
  month: number,
  day: number,
  year: string | undefined,
  published: string | null,
): string | null {
  if (year) return isoDay(Number(year), month, day);
  if (!published) return null;
  const thisYear = Number(published.slice(0, 4));
  const candidate = isoDay(thisYear, month, day);
  if (!candidate) return null;
  return candidate > published ? isoDay(thisYear - 1, month, day) : candidate;
}

function pushDates(pack: CompiledPack, sentence: string, input: PeriodInput, cues: Cue[]): void {
  const { periods } = pack;
  const ranges: { start: number; end: number }[] = [];
  periods.longRange.lastIndex = 0;
  for (let m = periods.longRange.exec(sentence); m !== null; m = periods.longRange.exec(sentence)) {
    const to = dayOfYear(monthOf(pack, m[5] ?? ''), Number(m[4]), m[6], input.published);
    const from = dayOfYear(monthOf(pack, m[2] ?? ''), Number(m[1]), m[3] ?? m[6], to);
    const period = from && to && from < to ? `${from}/${to}` : null;
    cues.push({ kind: 'range', start: m.index, end: m.index + m[0].length, period });
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  periods.range.lastIndex = 0;
  for (let m = periods.range.exec(sentence); m !== null; m = periods.range.exec(sentence)) {
    if (ranges.some((r) => m !== null && m.index < r.end && r.start < m.index + m[0].length)) continue;
    const month = monthOf(pack, m[3] ?? '');
    const from = dayOfYear(month, Number(m[1]), m[4], input.published);
    const to = dayOfYear(month, Number(m[2]), m[4], input.published);
    const period = from && to && from < to ? `${from}/${to}` : null;
    cues.push({ kind: 'range', start: m.index, end: m.index + m[0].length, period });
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const [pattern, dayGroup, monthGroup] of [
    [periods.dayFirst, 1, 2],
    [periods.monthFirst, 2, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (ranges.some((r) => start < r.end && r.start < end)) continue;
      const day = dayOfYear(monthOf(pack, m[monthGroup] ?? ''), Number(m[dayGroup]), m[3], input.published);
      const before = sentence.slice(Math.max(0, start - 60), start);
      const after = sentence.slice(end, end + 20);
      if (periods.sinceBefore.test(before) || periods.sinceAfter?.test(after)) {
        cues.push({ kind: 'since', start, end, period: day });
      } else {
        cues.push({ kind: 'date', start, end, period: day, asOf: periods.asOfBefore.test(before) });
      }
    }
  }
}

function pushWords(pack: CompiledPack, sentence: string, input: PeriodInput, cues: Cue[]): void {
  const { periods } = pack;
  const { published } = input;
  for (const { pattern, weekday } of periods.weekdays) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const back = published ? (weekdayOf(published) - weekday + 7) % 7 : 0;
      const period = published ? addDays(published, -back) : null;
      cues.push({ kind: 'weekday', start: m.index, end: m.index + m[0].length, period });
    }
  }
  for (const { pattern, offset } of periods.relative) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const period = published ? addDays(published, offset) : null;
      cues.push({ kind: 'relative', start: m.index, end: m.index + m[0].length, period });
    }
  }
  periods.running.lastIndex = 0;
  for (let m = periods.running.exec(sentence); m !== null; m = periods.running.exec(sentence)) {
    cues.push({ kind: 'running', start: m.index, end: m.index + m[0].length, period: null });
  }
}

function pushEras(pack: CompiledPack, sentence: string, cues: Cue[]): void {
  for (const era of pack.eras) {
    era.cue.lastIndex = 0;
    for (let m = era.cue.exec(sentence); m !== null; m = era.cue.exec(sentence)) {
      cues.push({ kind: 'era', start: m.index, end: m.index + m[0].length, period: era.period });
    }
  }
}

function distance(cue: Cue, start: number, end: number): number {
  const gap = cue.start >= end ? cue.start - end : cue.end <= start ? start - cue.end : 0;
  return gap + KIND_PENALTY[cue.kind];
}

/** Reads the periods of one document's figures, in text order (a tally carries to later sentences). */
export class PeriodReader {
  private readonly cuesBySentence = new Map<number, Cue[]>();
  /** The last tally read, and where its sentence ended (a paragraph break ends it). */
  private tally: { period: string | null; end: number } | null = null;

  constructor(
    private readonly pack: CompiledPack,
    private readonly text: string,
    private readonly input: PeriodInput,
  ) {}

  private cues(index: number, sentence: string): Cue[] {
    let cues = this.cuesBySentence.get(index);
    if (!cues) {
      cues = [];
      pushEras(this.pack, sentence, cues);
      pushDates(this.pack, sentence, this.input, cues);
      pushWords(this.pack, sentence, this.input, cues);
      this.cuesBySentence.set(index, cues);
    }
    return cues;
  }

  /** The fighting whose tallies an article of `day` reports, or undefined. */
  private fightingOf(day: string): CompiledPack['eras'][number] | undefined {
    return this.pack.eras.find((e) => e.tallyFrom && e.tallyFrom <= day && day <= (e.tallyUntil ?? day));
  }

  /** A running total reported on `end` (the article's day by default). */
  private runningTotal(cues: Cue[], near: Cue): string | null {
    const asOf = cues
      .filter((c) => c.kind === 'date' && c.period !== null)
      .sort((a, b) => distance(a, near.start, near.end) - distance(b, near.start, near.end))[0];
    const since = cues.find((c) => c.kind === 'since' && c.period !== null);
    let end = asOf?.period ?? this.carriedEnd() ?? this.input.published;
    if (!end) return null;
    const fighting = since ? undefined : this.fightingOf(end);
    // "So far" after the fighting ended is its whole toll: the tally stops on its last day.
    const last = fighting ? periodEnd(fighting.period) : null;
    if (!asOf && last && last < end) end = last;
    const start = since?.period ?? fighting?.tallyFrom ?? null;
    return start && start < end ? `${start}/${end}` : start === end ? end : null;
  }

  private carriedEnd(): string | null {
    const period = this.tally?.period;
    return period?.includes('/') ? (period.split('/')[1] ?? null) : null;
  }

  /**
   * The period of a figure at [start, end) of the sentence (sentence offsets), the sentence being
   * the `index`-th of the document and starting at `sentenceStart`.
   */
  periodOf(
    index: number,
    sentence: string,
    sentenceStart: number,
    start: number,
    end: number,
  ): string | null {
    const cues = this.cues(index, sentence);
    let best: Cue | null = null;
    for (const cue of cues) {
      if (!best || distance(cue, start, end) < distance(best, start, end)) best = cue;
    }
    if (!best) return this.carried(sentenceStart);
    let period: string | null;
    if (best.kind === 'running' || (best.kind === 'date' && best.asOf))
      period = this.runningTotal(cues, best);
    else if (best.kind === 'since') {
      const end = this.input.published;
      period = best.period && end && best.period < end ? `${best.period}/${end}` : null;
    } else period = best.period;
    if (best.kind === 'running' || best.kind === 'since' || best.asOf) {
      this.tally = { period, end: sentenceStart + sentence.length };
    }
    return period;
  }

  /** A sentence with no cue: the tally the article reported before it, else the article's day. */
  private carried(_sentenceStart: number): string | null {
    return this.tally ? this.tally.period : this.input.published;
  }
}

/** The first full date (day, month and year) a text writes in the pack's language, as a day; or null. */
export function fullDateIn(pack: CompiledPack, text: string): string | null {
  for (const [pattern, dayGroup, monthGroup] of [
    [pack.periods.dayFirst, 1, 2],
    [pack.periods.monthFirst, 2, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[3]) return dayOfYear(monthOf(pack, m[monthGroup] ?? ''), Number(m[dayGroup]), m[3], null);
    }
  }
  return null;
}
