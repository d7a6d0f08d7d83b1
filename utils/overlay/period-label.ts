/**
 * A period in words, for the overlay, the manager and the check form: "27 Sep 2020", "Apr 2016",
 * "27 Sep – 10 Oct 2020", "so far, to 10 Oct 2020", or an era's label ("1988–94 war") when the
 * period is the era's. The one place periods become words (the words themselves are in labels.ts).
 */
import { isInterval, type Period, periodBounds, samePeriod } from '../engine/period';
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import { calendarRange, calendarWords } from '../i18n/dates';
import { eraLabel } from '../i18n/pack-labels';
import { getUiLanguage, t } from '../i18n/translate';
import { MONTHS_SHORT, PERIOD_WORDS, periodHint } from '../labels';

type Eras = TopicPackData['eras'];

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2020-09-27" -> "27 Sep 2020"; "2020-09" -> "Sep 2020"; "2020" -> "2020"; anything else unchanged. */
export function dateWords(iso: string): string {
  const match = PART.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  // English keeps its compact "27 Sep 2020"; other languages write dates their own way (Intl).
  if (getUiLanguage() !== 'en' && month && Number(month) >= 1 && Number(month) <= 12)
    return calendarWords(Number(year), Number(month), day ? Number(day) : undefined);
  const monthName = month ? MONTHS_SHORT[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Two ends as one compact range: "27–29 Sep 2020", "27 Sep – 10 Oct 2020", "1988–1994". */
export function rangeWords(start: string, end: string): string {
  const a = PART.exec(start);
  const b = PART.exec(end);
  const dash = PERIOD_WORDS.rangeDash;
  if (!a || !b) return `${dateWords(start)}${dash}${dateWords(end)}`;
  const sameShape =
    (a[2] === undefined) === (b[2] === undefined) && (a[3] === undefined) === (b[3] === undefined);
  if (!sameShape || a[1] !== b[1]) {
    if (a[2] === undefined && b[2] === undefined) return `${a[1]}–${b[1]}`;
    return `${dateWords(start)}${dash}${dateWords(end)}`;
  }
  if (a[2] === undefined) return String(a[1]);
  if (getUiLanguage() !== 'en') return localRange(a, b) ?? `${dateWords(start)}${dash}${dateWords(end)}`;
  if (a[3] === undefined) return `${MONTHS_SHORT[Number(a[2]) - 1]}${dash}${dateWords(end)}`;
  if (a[2] === b[2]) return `${Number(a[3])}–${dateWords(end)}`;
  return `${Number(a[3])} ${MONTHS_SHORT[Number(a[2]) - 1]}${dash}${dateWords(end)}`;
}

/** A range of one year by Intl.DateTimeFormat's formatRange; null when a part is not a date. */
function localRange(a: RegExpExecArray, b: RegExpExecArray): string | null {
  const part = (m: RegExpExecArray): [number, number, number | undefined] => [
    Number(m[1]),
    Number(m[2]),
    m[3] === undefined ? undefined : Number(m[3]),
  ];
  const [from, to] = [part(a), part(b)];
  if (from[1] < 1 || from[1] > 12 || to[1] < 1 || to[1] > 12) return null;
  return calendarRange(from, to);
}

/** The era whose period this is ("2016-04-01/2016-04-30" is the April 2016 clashes'). */
export function eraOf(period: Period | null | undefined, eras: Eras = defaultPackData.eras) {
  return eras.find((era) => samePeriod(era.period, period));
}

/**
 * Whether a period is a running total: an interval from the first day of an era (the fighting's
 * start) to a day inside it, short of the era's end.
 */
export function isRunningTotal(
  period: Period | null | undefined,
  eras: Eras = defaultPackData.eras,
): boolean {
  if (!period || !isInterval(period)) return false;
  const bounds = periodBounds(period);
  if (!bounds) return false;
  return eras.some((era) => {
    const whole = periodBounds(era.period);
    return !!whole && whole.from === bounds.from && bounds.to < whole.to;
  });
}

/** A period as the reader sees it; PERIOD_WORDS.unknown when null or not a period. */
export function periodLabel(period: Period | null | undefined, eras: Eras = defaultPackData.eras): string {
  const bounds = periodBounds(period);
  if (!period || !bounds) return PERIOD_WORDS.unknown;
  const era = eraOf(period, eras);
  if (era) return eraLabel(era.id, era.label);
  if (!isInterval(period)) return dateWords(period);
  const [start = '', end = ''] = period.split('/');
  if (isRunningTotal(period, eras)) return PERIOD_WORDS.soFar.replace('{end}', dateWords(end));
  return rangeWords(start, end);
}

/** The hint under a period field: what a valid period reads as, else how to write one. */
export function periodInputHint(value: string, eras: Eras = defaultPackData.eras): string {
  const period = value.trim();
  if (!periodBounds(period)) return t('period.write', { hint: periodHint() });
  return PERIOD_WORDS.readsAs.replace('{period}', periodLabel(period, eras));
}
