/**
 * Claims as CSV (RFC 4180) for spreadsheets. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) are prefixed with an apostrophe: quotes
 * come from web pages and imports, and a quote like `=HYPERLINK(...)` must stay text.
 */
import type { ClaimPack } from '../store/claim-pack/schema';
import type { Source } from '../store/types';

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: numbers as written, text guarded against formulas and quoted when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF line ends, with a byte-order mark so spreadsheets read it as UTF-8. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const CLAIM_CSV_COLUMNS = [
  'claim_id',
  'metric',
  'metric_label',
  'value',
  'qualifier',
  'side',
  'claimant_id',
  'claimant',
  'claimant_party',
  'outlet',
  'source_id',
  'source_label',
  'source_url',
  'published_date',
  'period',
  'origin',
  'quote',
  'figure_text',
  'note',
] as const;

/** The claims of a pack as CSV, one row per claim; the outlet (publisher) and the claimant stay in separate columns. */
export function claimPackToCsv(
  pack: Pick<ClaimPack, 'claims' | 'sources'>,
  metricLabel: (metric: string) => string,
): string {
  const sources = new Map<string, Source>(pack.sources.map((source) => [source.id, source]));
  const rows: CsvValue[][] = [[...CLAIM_CSV_COLUMNS]];
  for (const claim of pack.claims) {
    const source = sources.get(claim.sourceId);
    rows.push([
      claim.id,
      claim.metric,
      metricLabel(claim.metric),
      claim.value,
      claim.qualifier,
      claim.side,
      claim.claimant?.id,
      claim.claimant?.label,
      claim.claimant?.party,
      source?.outlet,
      claim.sourceId,
      source?.label,
      source?.url,
      source?.publishedDate,
      claim.period,
      claim.origin,
      claim.quote,
      claim.selector.exact,
      claim.note,
    ]);
  }
  return toCsv(rows);
}
