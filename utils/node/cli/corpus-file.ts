/**
 * A text file with a header: `key: value` lines (`source:`, `language:`, `date:`), a `---` line,
 * then the article text. Files without the `---` line are all text.
 */
import { compilePack } from '../../engine/compiled-pack';
import { fullDateIn } from '../../engine/figure-period';
import { isDay, isMonth } from '../../engine/period';
import { defaultPackData } from '../../engine/topic-pack';

export interface FileHeader {
  source?: string;
  language?: string;
  date?: string;
}

/** Splits a file into its header fields and the article text after the `---` line. */
export function parseCorpusFile(raw: string): { header: FileHeader; text: string } {
  const lines = raw.split('\n');
  const cut = lines.findIndex((l) => l.trim() === '---');
  if (cut === -1) return { header: {}, text: raw };
  const header: Record<string, string> = {};
  for (const line of lines.slice(0, cut)) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) header[m[1]] = m[2].trim();
  }
  return { header, text: lines.slice(cut + 1).join('\n') };
}

/** A month and year as a header writes it ("Apr 2016", "(Oct 2020)"; groups: month word, year). */
const MONTH_YEAR = /(?<!\p{L})(\p{L}+)\.?\s+((?:19|20)\d{2})(?!\d)/gu;

/**
 * The publication date a `date:` header gives: an ISO day ("2020-10-08 (from URL)") or a full
 * English date ("(27 Sep 2020)"); else its month ("2020-09", "(Apr 2016; …)"), which dates the
 * text's dates but names no day; null for a year alone or nothing.
 */
export function publishedDay(date: string | undefined): string | null {
  if (!date) return null;
  const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(date)?.[0];
  if (iso) return isDay(iso) ? iso : null;
  const pack = compilePack(defaultPackData);
  const day = fullDateIn(pack, date);
  if (day) return day;
  const isoMonth = /\b\d{4}-\d{2}\b(?!-)/.exec(date)?.[0];
  if (isoMonth) return isMonth(isoMonth) ? isoMonth : null;
  for (const m of date.matchAll(MONTH_YEAR)) {
    const month = pack.periods.months.findIndex((pattern) => pattern.test(m[1] ?? ''));
    if (month >= 0) return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  return null;
}
