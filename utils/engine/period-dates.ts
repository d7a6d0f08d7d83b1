/**
 * The dates a sentence writes, as time cues: a day ("on 27 September", "sentyabrın 27-də"), a span
 * ("from 2 to 5 April", "July 12-14", "between 27 September and 10 November"), or a day a tally
 * starts from ("since 27 September") or ends on ("as of 4 October"). A date without a year is of
 * the reference day's year (the year before when that day is still to come); without a reference
 * it stays unknown.
 */
import type { CompiledPack } from './compiled-pack';
import { isoDay } from './period';
import { startsWord } from './period-words';

export type CueKind = 'era' | 'range' | 'since' | 'running' | 'date' | 'weekday' | 'relative';

export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  /** A day or interval; null when the cue says a time we cannot place (no article date). */
  period: string | null;
  /** For a date: a tally ends on it ("as of 4 October"). */
  asOf?: boolean;
  /** For a date: the text gave its year. */
  year?: number;
  /** "In the first week of the war": the days from the fighting's start it counts (scan resolves). */
  fightingDays?: number;
  /** "Since the end of the war": a tally from the fighting's last day (scan resolves). */
  fightingEnd?: boolean;
  /** "This year": a tally it dates counts from the year's first day. */
  startsYear?: boolean;
}

function monthOf(pack: CompiledPack, words: string): number {
  const index = pack.periods.months.findIndex((m) => m.test(words));
  return index + 1;
}

/** A day of the reference day's year (the year before when that day is still to come), or null. */
export function dayOfYear(
  month: number,
  day: number,
  year: string | undefined,
  reference: string | null,
): string | null {
  if (year) return isoDay(Number(year), month, day);
  if (!reference) return null;
  const thisYear = Number(reference.slice(0, 4));
  const candidate = isoDay(thisYear, month, day);
  if (!candidate) return null;
  return candidate > reference ? isoDay(thisYear - 1, month, day) : candidate;
}

/** One date as written: where it stands, its day and month, and the year the text gives. */
interface DateHit {
  start: number;
  end: number;
  month: number;
  day: number;
  year: string | undefined;
}

function overlaps(taken: { start: number; end: number }[], start: number, end: number): boolean {
  return taken.some((r) => start < r.end && r.start < end);
}

/** The next match of a global date scan that starts a word (the scans have no start boundary). */
function nextAtWord(pattern: RegExp, text: string): RegExpExecArray | null {
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (startsWord(text, m.index)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** A cheap first test for a numeric date in a sentence. */
const NUMERIC_HINT = /\d[./]\d{1,2}[./](?:19|20)\d\d/;

/**
 * A numeric date with its year ("27.09.2020", "27/09/2020", "27.09.2020-ին"; groups: first number,
 * separator, second number, year), not part of a longer run of numbers ("1.27.09.2020").
 */
const NUMERIC_DATE = /(?<![\p{N}.,/:-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\p{N}|[.,/:-]\p{N})/gu;

/**
 * Numeric dates, day first; with slashes in a language that may put the month first, the order a
 * number over 12 shows, else no month (the day stays unknown).
 */
function numericDates(
  pack: CompiledPack,
  sentence: string,
  taken: { start: number; end: number }[],
): DateHit[] {
  const hits: DateHit[] = [];
  if (!NUMERIC_HINT.test(sentence)) return hits;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(sentence); m !== null; m = NUMERIC_DATE.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    let [day, month] = [first, second];
    if (m[2] === '/' && pack.periods.slashMonthFirst && first <= 12) {
      [day, month] = second > 12 ? [second, first] : [first, 0];
    }
    if (day < 1 || day > 31 || month > 12) continue;
    hits.push({ start, end, month, day, year: m[4] });
  }
  return hits;
}

/** Every single date, earliest first; of two that overlap the earlier one stands ("sentyabrın 27-dən"). */
function singleDates(
  pack: CompiledPack,
  sentence: string,
  taken: { start: number; end: number }[],
  hasMonth: boolean,
): DateHit[] {
  const { periods } = pack;
  const hits: DateHit[] = numericDates(pack, sentence, taken);
  for (const [pattern, dayGroup, monthGroup] of [
    [periods.dayFirst, 1, 2],
    [periods.monthFirst, 2, 1],
  ] as const) {
    if (!hasMonth) break;
    pattern.lastIndex = 0;
    for (let m = nextAtWord(pattern, sentence); m !== null; m = nextAtWord(pattern, sentence)) {
      const start = m.index;
      const end = m.index + m[0].length;
      const day = Number(m[dayGroup]);
      // "aprile 92 soldati": a count after a month is not its day, nor after "in April" ("Eylül'de 14").
      if (overlaps(taken, start, end) || day < 1 || day > 31) continue;
      if (monthGroup === 1 && periods.monthCase?.test(m[1] ?? '')) continue;
      let year = m[3];
      if (!year && periods.yearBefore) {
        year = periods.yearBefore.exec(sentence.slice(Math.max(0, start - 24), start))?.[1];
      }
      hits.push({ start, end, month: monthOf(pack, m[monthGroup] ?? ''), day, year });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const kept: DateHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

/** Whether two dates bound one span: a join between them, or a first date that says "from". */
function joined(pack: CompiledPack, sentence: string, first: DateHit, second: DateHit): boolean {
  const gap = sentence.slice(first.end, second.start);
  if (pack.periods.rangeGap.test(gap)) return true;
  return /^\s+$/.test(gap) && pack.periods.rangeFrom.test(sentence.slice(first.start, first.end));
}

function span(from: string | null, to: string | null): string | null {
  return from && to && from < to ? `${from}/${to}` : null;
}

/** Whether a pattern (global, without a start boundary) matches a whole word of the text. */
export function hasWord(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return nextAtWord(pattern, text) !== null;
}

/** The month `month` of a year ("2016-04"): the year given, else the latest up to the reference. */
function monthPeriod(month: number, year: string | undefined, reference: string | null): string | null {
  if (month < 1) return null;
  const mm = String(month).padStart(2, '0');
  if (year) return `${year}-${mm}`;
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  return `${month > Number(reference.slice(5, 7)) ? refYear - 1 : refYear}-${mm}`;
}

/** Months named without a day: "in April" counts that month, "since April" from its start. */
function pushMonths(
  pack: CompiledPack,
  sentence: string,
  reference: string | null,
  taken: readonly { start: number; end: number }[],
  cues: Cue[],
): void {
  const { periods } = pack;
  for (const pattern of periods.monthOnly) {
    pattern.lastIndex = 0;
    for (let m = nextAtWord(pattern, sentence); m !== null; m = nextAtWord(pattern, sentence)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.some((r) => start < r.end && r.start < end)) continue;
      // "2016 թ. ապրիլին": a year written before the month.
      const yearText = m[2] ?? periods.yearBefore?.exec(sentence.slice(Math.max(0, start - 24), start))?.[1];
      const period = monthPeriod(monthOf(pack, m[1] ?? ''), yearText, reference);
      const year = yearText ? Number(yearText) : undefined;
      const before = sentence.slice(Math.max(0, start - 60), start + m[0].indexOf(m[1] ?? ''));
      const since = periods.sinceBefore.test(before);
      cues.push({ kind: since ? 'since' : 'date', start, end, period, year });
    }
  }
}

/** Pushes the date cues of a sentence, read against the reference day (the article's, usually). */
export function pushDates(pack: CompiledPack, sentence: string, reference: string | null, cues: Cue[]): void {
  const { periods } = pack;
  const hasMonth = hasWord(periods.anyMonth, sentence);
  if (!hasMonth && !NUMERIC_HINT.test(sentence)) return;
  const taken: { start: number; end: number }[] = [];
  for (const [pattern, monthGroup, firstGroup, lastGroup, yearGroup] of [
    [periods.range, 3, 1, 2, 4],
    [periods.monthRange, 1, 2, 3, 4],
  ] as const) {
    if (!hasMonth) break;
    pattern.lastIndex = 0;
    for (let m = nextAtWord(pattern, sentence); m !== null; m = nextAtWord(pattern, sentence)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const month = monthOf(pack, m[monthGroup] ?? '');
      const to = dayOfYear(month, Number(m[lastGroup]), m[yearGroup], reference);
      const from = dayOfYear(month, Number(m[firstGroup]), m[yearGroup], to);
      const year = m[yearGroup] ? Number(m[yearGroup]) : undefined;
      cues.push({ kind: 'range', start, end, period: span(from, to), year });
      taken.push({ start, end });
    }
  }
  const dates = singleDates(pack, sentence, taken, hasMonth);
  if (hasMonth) pushMonths(pack, sentence, reference, [...taken, ...dates], cues);
  for (let i = 0; i < dates.length; i++) {
    const hit = dates[i] as DateHit;
    const next = dates[i + 1];
    if (next && joined(pack, sentence, hit, next)) {
      const to = dayOfYear(next.month, next.day, next.year, reference);
      const from = dayOfYear(hit.month, hit.day, hit.year, to);
      const year = next.year ? Number(next.year) : undefined;
      cues.push({ kind: 'range', start: hit.start, end: next.end, period: span(from, to), year });
      i++;
      continue;
    }
    const { start, end } = hit;
    const day = dayOfYear(hit.month, hit.day, hit.year, reference);
    const year = hit.year ? Number(hit.year) : undefined;
    const before = sentence.slice(Math.max(0, start - 60), start);
    const after = sentence.slice(end, end + 30);
    if (periods.sinceBefore.test(before) || periods.sinceAfter?.test(after)) {
      cues.push({ kind: 'since', start, end, period: day, year });
    } else {
      const asOf =
        periods.asOfBefore.test(before) ||
        !!periods.asOfAfter?.test(after) ||
        !!periods.asOfEnd?.test(sentence.slice(start, end));
      cues.push({ kind: 'date', start, end, period: day, asOf, year });
    }
  }
}

/** The first full date (day, month and year) a text writes in the pack's language, as a day; or null. */
export function fullDateIn(pack: CompiledPack, text: string): string | null {
  for (const [pattern, dayGroup, monthGroup] of [
    [pack.periods.dayFirst, 1, 2],
    [pack.periods.monthFirst, 2, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = nextAtWord(pattern, text); m !== null; m = nextAtWord(pattern, text)) {
      if (m[3]) return dayOfYear(monthOf(pack, m[monthGroup] ?? ''), Number(m[dayGroup]), m[3], null);
    }
  }
  return null;
}
