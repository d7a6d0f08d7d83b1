/**
 * The period a figure counts, in ISO 8601 notation at the precision the text gives:
 * a day (`2020-09-27`), a month (`2016-04`), a year (`2020`), or an interval of two of those
 * (`2020-09-27/2020-10-10`, `1988/1994`). A running total "so far" is the interval from its
 * start to the day it was reported. `null` means unknown, and is never guessed.
 *
 * The engine writes periods; the store groups reports by them; the overlay and manager show them.
 * This module is the one owner of the notation.
 */

/** An ISO 8601 date or interval, as written by the engine and kept in the store. */
export type Period = string;

/** Inclusive day bounds of a period, as `YYYY-MM-DD` strings (compare as strings). */
export interface PeriodBounds {
  from: string;
  to: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Bounds of one part ("2020", "2020-10", "2020-10-05"), or null when it is not a real date. */
function partBounds(part: string): PeriodBounds | null {
  const match = PART.exec(part);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { from: iso, to: iso };
}

/** Day bounds of a period; null when the string is not a period in our notation. */
export function periodBounds(period: string | null | undefined): PeriodBounds | null {
  if (typeof period !== 'string' || period.length > 40) return null;
  const parts = period.split('/');
  if (parts.length === 1) return partBounds(parts[0] ?? '');
  if (parts.length !== 2) return null;
  const start = partBounds(parts[0] ?? '');
  const end = partBounds(parts[1] ?? '');
  if (!start || !end || end.to < start.from) return null;
  return { from: start.from, to: end.to };
}

/** Whether a string is a period in our notation (the store and pack importers check with this). */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && periodBounds(value) !== null;
}

/** Whether a period is an interval ("A/B"), as running totals and eras are. */
export function isInterval(period: Period): boolean {
  return period.includes('/');
}

/**
 * Two figures count the same time when their periods cover the same days: "2016-04" and
 * "2016-04-01/2016-04-30" do; a day inside a "so far" range does not. Unknown is never the same.
 */
export function samePeriod(a: Period | null | undefined, b: Period | null | undefined): boolean {
  const left = periodBounds(a);
  const right = periodBounds(b);
  return !!left && !!right && left.from === right.from && left.to === right.to;
}

/**
 * The series a running total belongs to: intervals that start on the same day and end on
 * different days are successive tallies of one count ("16 killed since 27 September", then 31…).
 * Returns the series' start day, or null for a day, a month or an unknown period.
 */
export function runningSeriesStart(period: Period | null | undefined): string | null {
  if (!period || !isInterval(period)) return null;
  return periodBounds(period)?.from ?? null;
}

/** The day a period ends (the day a running total was reported); null when unknown. */
export function periodEnd(period: Period | null | undefined): string | null {
  return periodBounds(period)?.to ?? null;
}

/** Orders periods by end day, then start day; unknown last. For lists and series. */
export function comparePeriods(a: Period | null | undefined, b: Period | null | undefined): number {
  const left = periodBounds(a);
  const right = periodBounds(b);
  if (!left || !right) return left ? -1 : right ? 1 : 0;
  if (left.to !== right.to) return left.to < right.to ? -1 : 1;
  if (left.from !== right.from) return left.from < right.from ? -1 : 1;
  return 0;
}

/** The day `YYYY-MM-DD` of a year, month and day, or null when there is no such day. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return partBounds(iso) ? iso : null;
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The weekday of a `YYYY-MM-DD` day, Sunday = 0. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Whether a string is one month `YYYY-MM` (a page that dates itself by its month only). */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && periodBounds(value) !== null;
}

/** Whether a string is one day `YYYY-MM-DD` (a publication date, say). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && periodBounds(value) !== null;
}
