/**
 * The "Add to the claim store" form's values and how they become a claim and its source. The
 * background validates what is sent (and names the bad field); here only what it cannot know is
 * checked: the figure must stay in the quote. Its issues are put back on the fields they name. Pure.
 */
import type { ClaimantRef, Qualifier } from '../engine/types';
import type { ClaimDraft, SourceDraft, TextQuoteSelector } from '../store/types';

export interface ClaimFormValues {
  /** The sentence holding the figure. */
  quote: string;
  /** The number as digits; empty for an unstated ("dozens") value. */
  value: string;
  qualifier: Qualifier;
  metric: string;
  side: '' | 'AZ' | 'ARM';
  /** A claimant id, or empty for "no claimant named". */
  claimantId: string;
  outlet: string;
  url: string;
  /** YYYY-MM-DD or empty. */
  publishedDate: string;
  eventDate: string;
}

export type ClaimField = keyof ClaimFormValues;
export type FieldErrors = Partial<Record<ClaimField, string>>;

/** What the form cannot change: where the figure is on the page and what the page is. */
export interface FixedClaimParts {
  /** The figure as written in the quote ("four helicopters"); it must stay in the quote. */
  figureText: string;
  /** Where it is in the prefilled quote (the first occurrence is used after edits). */
  quoteFigureStart: number;
  selector: TextQuoteSelector;
  /** Offsets of the figure in the page's text. */
  start: number;
  end: number;
  pageTitle: string;
  language: string;
  claimants: readonly ClaimantRef[];
}

export type BuiltClaim =
  | { ok: true; claim: ClaimDraft; source: SourceDraft }
  | { ok: false; errors: FieldErrors };

/** FNV-1a over the string with two primes: a short, stable id part for a URL. */
function hashHex(text: string): string {
  let a = 0x811c9dc5;
  let b = a;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The store id of a web page's source: one per canonical URL, so saving twice reuses it. */
export function webSourceId(url: string): string {
  return `web:${hashHex(url)}`;
}

/** The claim and source the form describes, or the errors of its fields. */
export function buildClaim(values: ClaimFormValues, fixed: FixedClaimParts): BuiltClaim {
  const { figureText, quoteFigureStart } = fixed;
  const quote = values.quote.trim();
  const at = quote.startsWith(figureText, quoteFigureStart) ? quoteFigureStart : quote.indexOf(figureText);
  const number = values.value.replace(/[,\s]/g, '');
  if (at < 0) return { ok: false, errors: { quote: `Quote: keep the figure (“${figureText}”) in it.` } };
  if (!number && values.qualifier !== 'vague')
    return { ok: false, errors: { value: 'Figure: give the number, or choose “unstated”.' } };
  const url = values.url.trim();
  const sourceId = webSourceId(url);
  const claim: ClaimDraft = {
    metric: values.metric,
    value: values.qualifier === 'vague' || !number ? null : Number(number),
    qualifier: values.qualifier,
    side: values.side || null,
    claimant: fixed.claimants.find((c) => c.id === values.claimantId) ?? null,
    sourceId,
    quote,
    quoteFigureStart: at,
    quoteFigureEnd: at + figureText.length,
    selector: fixed.selector,
    start: fixed.start,
    end: fixed.end,
    period: values.eventDate || null,
  };
  const outlet = values.outlet.trim();
  const source: SourceDraft = {
    id: sourceId,
    label: (fixed.pageTitle || outlet || url).slice(0, 500),
    outlet: outlet || null,
    url,
    language: fixed.language,
    publishedDate: values.publishedDate || null,
  };
  return { ok: true, claim, source };
}

/** The background's validation issues on the fields they name; the others come back in `other`. */
export function fieldErrorsOf(issues: readonly string[]): { errors: FieldErrors; other: string[] } {
  const errors: FieldErrors = {};
  const other: string[] = [];
  for (const raw of issues) {
    // The request's schema checks first ("request.claim.value: ..."), the store after ("claim.value: ...").
    const issue = raw.replace(/^request\./, '');
    // "claim.quoteFigureEnd" is the quote's, "claim.claimant.id" the claimant's, "source.id" the address's.
    const name = /^(?:claim|source)\.(quote|claimant|id|\w+)/.exec(issue)?.[1] ?? '';
    const field = ({ claimant: 'claimantId', id: 'url' } as Record<string, string>)[name] ?? name;
    if (FIELDS.includes(field as ClaimField)) errors[field as ClaimField] ??= issue;
    else other.push(issue);
  }
  return { errors, other };
}

const FIELDS: readonly ClaimField[] = [
  'quote',
  'value',
  'qualifier',
  'metric',
  'side',
  'claimantId',
  'outlet',
  'url',
  'publishedDate',
  'eventDate',
];
