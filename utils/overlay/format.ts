/**
 * Pure text formatting for the figure overlay: what is counted, values with
 * their qualifiers, the summary line, labels, and text-fragment links.
 * No DOM, no browser APIs; words in the UI language (utils/i18n).
 */
import type { Party, Qualifier, Side } from '../engine/types';
import { ablativeEnding } from '../i18n/ablative';
import { formatNumber as formatInLanguage, getUiLanguage, t, tn } from '../i18n/translate';
import { PARTY_LABELS, SIDE_ADJECTIVES } from '../labels';
import type { Agreement, ReportsSummary, TextQuoteSelector } from '../store/types';

/**
 * Vague quantity words as they open a figure's text ("dozens of helicopters").
 * Language knowledge, not topic knowledge: it only names what the page wrote.
 */
const VAGUE_QUANTITY =
  /^(tens of thousands|hundreds of thousands|a (?:few|dozen|handful|number)|dozens|scores|hundreds|thousands|several|many|numerous|countless|some)\b/i;

export function unstatedValue(): string {
  return t('value.unstated');
}

/** "Azerbaijani helicopters shot down, 27 Sep 2020": side adjective, metric label, period in words. */
export function overlayTitle(side: Side, metricLabel: string, periodWords: string | null): string {
  const counted = side
    ? capitalize(t('title.withSide', { side: SIDE_ADJECTIVES[side], metric: metricLabel }))
    : capitalize(metricLabel);
  return periodWords ? t('title.withPeriod', { counted, period: periodWords }) : counted;
}

/** 800000 -> "800,000" ("800 000" in Russian); keeps decimals as written ("2.5"). */
export function formatNumber(value: number): string {
  if (getUiLanguage() !== 'en') return formatInLanguage(value);
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A value as a reader would say it: "14", "at least 14", "about 800,000".
 * A vague figure has no value; its word is taken from the figure's own text
 * ("dozens of helicopters" -> "dozens") when given.
 */
export function formatValue(value: number | null, qualifier: Qualifier, figureText?: string): string {
  if (value === null) {
    const vague = figureText ? VAGUE_QUANTITY.exec(figureText.trim()) : null;
    return vague?.[1] ? vague[1].toLowerCase() : unstatedValue();
  }
  const number = formatNumber(value);
  if (qualifier === 'exact' || qualifier === 'vague') return number;
  // Each language places the qualifier its own way ("14'ten fazla"), so each has a whole template.
  return t(`value.${qualifier}`, { number, from: ablativeEnding(value, getUiLanguage()) });
}

/** "3 figures from 3 claimants across 7 reports: 1, 2, 4". Vague values read "vague". */
export function summaryLine(summary: ReportsSummary): string {
  const figures = tn('summary.figures', summary.distinctValues);
  const reports = tn('summary.reports', summary.reports);
  const line =
    summary.claimants > 0
      ? t('summary.lineWithClaimants', {
          figures,
          claimants: tn('summary.claimants', summary.claimants),
          reports,
        })
      : t('summary.line', { figures, reports });
  const values = summary.values.map((v) => (v === null ? t('value.vague') : formatNumber(v))).join(', ');
  return values ? t('summary.values', { summary: line, values }) : line;
}

export function partyLabel(party: Party): string {
  return PARTY_LABELS[party];
}

export function agreementLabel(agreement: Agreement): string {
  return t(`agreement.${agreement}`);
}

/** Splits a quote around the figure so it can be emphasised without markup strings; offsets are clamped. */
export function splitQuote(
  quote: string,
  figureStart: number,
  figureEnd: number,
): { before: string; figure: string; after: string } {
  const start = clampIndex(figureStart, quote.length);
  const end = Math.max(start, clampIndex(figureEnd, quote.length));
  return { before: quote.slice(0, start), figure: quote.slice(start, end), after: quote.slice(end) };
}

/** How many context words a text fragment keeps: enough to disambiguate, few enough to survive markup. */
const FRAGMENT_CONTEXT_WORDS = 4;

/**
 * A link that scrolls to and highlights the quote in a web page:
 * `url#:~:text=prefix-,exact,-suffix` (URL Fragment Text Directives).
 * Browsers match prefix and suffix on word boundaries, so a context word the
 * selector cut in half is dropped rather than kept (it would never match).
 */
export function textFragmentUrl(url: string, selector: TextQuoteSelector): string {
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt + 1).split(':~:')[0];
  const exact = collapseSpaces(selector.exact);
  if (!exact) return url;
  const prefix = lastWords(selector.prefix, FRAGMENT_CONTEXT_WORDS);
  const suffix = firstWords(selector.suffix, FRAGMENT_CONTEXT_WORDS);
  const parts = [
    ...(prefix ? [`${encodeFragmentTerm(prefix)}-`] : []),
    encodeFragmentTerm(exact),
    ...(suffix ? [`-${encodeFragmentTerm(suffix)}`] : []),
  ];
  return `${base}#${fragment}:~:text=${parts.join(',')}`;
}

/** Percent-encodes a text directive term: the directive's own syntax characters (- , &) included. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function lastWords(context: string, count: number): string {
  const words = context.split(/\s+/).filter(Boolean);
  // A prefix that does not start with whitespace may begin mid-word.
  if (!/^\s/.test(context)) words.shift();
  return words.slice(-count).join(' ');
}

function firstWords(context: string, count: number): string {
  const words = context.split(/\s+/).filter(Boolean);
  if (!/\s$/.test(context)) words.pop();
  return words.slice(0, count).join(' ');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}
