/**
 * The overlay's words for reports from pages the reader read (the reading ledger): when it was
 * read, and what the article said before its outlet changed a figure. Pure; dates in the reader's
 * own time zone, since "you read this on 12 Oct" is about the reader's day.
 */

import { momentDay } from '../i18n/dates';
import { getUiLanguage, t } from '../i18n/translate';
import type { Report } from '../store/types';
import { formatValue } from './format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Oct", with the year when it is not `now`'s. */
export function readDay(at: number, now = Date.now()): string {
  if (getUiLanguage() !== 'en') return momentDay(at, now);
  const date = new Date(at);
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return date.getFullYear() === new Date(now).getFullYear() ? day : `${day} ${date.getFullYear()}`;
}

/** "You read this on 12 Oct"; null for reports that do not come from the ledger. */
export function readLine(report: Pick<Report, 'origin' | 'readAt'>, now = Date.now()): string | null {
  if (report.origin !== 'read' || report.readAt === undefined) return null;
  return t('read.on', { day: readDay(report.readAt, now) });
}

/**
 * "It said 16 on 28 Sep, 19 on 29 Sep": every value the article gave, oldest first, the current
 * one last (on the day the reader last read it). Null when the figure never changed.
 */
export function historyLine(
  report: Pick<Report, 'history' | 'readAt' | 'value' | 'qualifier'>,
  now = Date.now(),
): string | null {
  if (!report.history?.length || report.readAt === undefined) return null;
  const said = [
    ...report.history.map((entry) =>
      t('read.valueOn', {
        value: formatValue(entry.value, entry.qualifier),
        day: readDay(entry.seenAt, now),
      }),
    ),
    t('read.valueOn', {
      value: formatValue(report.value, report.qualifier),
      day: readDay(report.readAt, now),
    }),
  ];
  return t('read.said', { values: said.join(', ') });
}
