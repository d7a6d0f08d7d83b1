/**
 * The page's "Add to the claim store" form (the check-a-figure overlay): the claim and its web
 * source from the shared claim form (claim-form.ts). The background validates what is sent (and
 * names the bad field); here the figure's fields are checked as in the manager, and what only the
 * page knows: the figure must stay in the quote. Pure.
 */
import type { ClaimantRef } from '../engine/types';
import { liveRecord } from '../i18n/live';
import { t } from '../i18n/translate';
import { hashHex } from '../store/ledger/keys';
import type { ClaimDraft, SourceDraft, TextQuoteSelector } from '../store/types';
import {
  type ClaimField,
  type ClaimFieldLabels,
  type ClaimFormValues,
  checkFigureFields,
} from './claim-form';
import type { FieldErrors } from './fields';

/** The fields the page's form shows, in its order, by the words their errors start with. */
export const PAGE_CLAIM_LABELS = liveRecord({
  quote: 'form.quote',
  value: 'form.figure',
  qualifier: 'form.qualifier',
  metric: 'form.metric',
  side: 'form.side',
  claimantId: 'form.claimant',
  outlet: 'form.outlet',
  url: 'form.url',
  publishedDate: 'form.published',
  period: 'form.period',
}) satisfies ClaimFieldLabels;

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
  | { ok: false; errors: FieldErrors<ClaimField> };

/** The store id of a web page's source: one per canonical URL, so saving twice reuses it. */
export function webSourceId(url: string): string {
  return `web:${hashHex(url)}`;
}

/** The claim and source the form describes, or the errors of its fields. */
export function buildClaim(values: ClaimFormValues, fixed: FixedClaimParts): BuiltClaim {
  const { figureText, quoteFigureStart } = fixed;
  const errors: FieldErrors<ClaimField> = {};
  const quote = values.quote.trim();
  const at = quote.startsWith(figureText, quoteFigureStart) ? quoteFigureStart : quote.indexOf(figureText);
  if (at < 0) errors.quote = t('form.keepFigure', { label: PAGE_CLAIM_LABELS.quote, figure: figureText });
  const checked = checkFigureFields(values, fixed.claimants, PAGE_CLAIM_LABELS, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const url = values.url.trim();
  const sourceId = webSourceId(url);
  const claim: ClaimDraft = {
    metric: checked.metric,
    value: checked.value,
    qualifier: checked.qualifier,
    side: checked.side,
    claimant: checked.claimant,
    sourceId,
    quote,
    quoteFigureStart: at,
    quoteFigureEnd: at + figureText.length,
    selector: fixed.selector,
    start: fixed.start,
    end: fixed.end,
    period: checked.period,
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
