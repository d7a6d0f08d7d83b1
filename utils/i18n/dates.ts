/**
 * Dates in the UI language, through Intl.DateTimeFormat: "27 Sep 2020", "27 сент. 2020 г.",
 * "Sep 2020". Calendar days (ISO "2020-09-27") are shown in UTC so no time zone shifts them; a
 * moment the reader lived (a read time) is shown in their own zone.
 */
import type { UiLanguage } from './languages';
import { getUiLanguage } from './translate';

type Shape = 'day' | 'month' | 'dayMonth';

const OPTIONS: Record<Shape, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
};

/** A calendar day or month (year, month 1–12, optional day) in words. */
export function calendarWords(
  year: number,
  month: number,
  day?: number,
  language: UiLanguage = getUiLanguage(),
): string {
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const shape: Shape = day === undefined ? 'month' : 'day';
  return new Intl.DateTimeFormat(language, { ...OPTIONS[shape], timeZone: 'UTC' }).format(date);
}

/** Two calendar days of one year as a range ("27 Sep – 10 Oct 2020"), the language's own way. */
export function calendarRange(
  from: [number, number, number | undefined],
  to: [number, number, number | undefined],
  language: UiLanguage = getUiLanguage(),
): string {
  const shape: Shape = from[2] === undefined ? 'month' : 'day';
  const format = new Intl.DateTimeFormat(language, { ...OPTIONS[shape], timeZone: 'UTC' });
  const start = new Date(Date.UTC(from[0], from[1] - 1, from[2] ?? 1));
  const end = new Date(Date.UTC(to[0], to[1] - 1, to[2] ?? 1));
  return format.formatRange(start, end);
}

/** A moment in the reader's time zone: "12 Oct", with the year when it is not `now`'s. */
export function momentDay(at: number, now: number, language: UiLanguage = getUiLanguage()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, OPTIONS[sameYear ? 'dayMonth' : 'day']).format(new Date(at));
}
