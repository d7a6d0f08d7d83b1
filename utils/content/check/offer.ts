/**
 * The prefilled claim for a checked figure: its sentence, value, metric and claimant from the
 * engine (or the metric the reader picked), the page's outlet, address and date from its
 * metadata, and where the figure is in the page's text, for the text-quote selector.
 */

import { describeQuote } from '../../anchoring/text-quote';
import { type ClaimFormValues, EMPTY_CLAIM_FORM } from '../../claim-form/claim-form';
import type { FixedClaimParts } from '../../claim-form/page-claim';
import { pageLang, pageTitle } from '../../dom/page-meta';
import { canonicalUrl, pageOutlet, publishedDate } from '../../dom/page-metadata';
import type { ClaimantRef, Qualifier, Side } from '../../engine/types';
import { t } from '../../i18n/translate';
import type { SaveOffer } from '../../overlay/check-view';

/** The figure to save in the page's text: `[start, end)` is its text, `[quoteStart, quoteEnd)` its sentence. */
export interface FigureSpot {
  start: number;
  end: number;
  quoteStart: number;
  quoteEnd: number;
}

export interface FigureFacts {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  /** The time the figure counts, when the engine read one from the selection's context. */
  period?: string | null;
}

/** A claim offer for the form, with the parts the form cannot change. */
export interface PreparedOffer {
  offer: SaveOffer;
  fixed?: FixedClaimParts;
}

export const unavailable = (reason: string): PreparedOffer => ({ offer: { kind: 'unavailable', reason } });

const squash = (text: string) => text.replace(/\s+/g, ' ');

export function prepareOffer(
  doc: Document,
  pageText: string,
  spot: FigureSpot,
  facts: FigureFacts,
  claimants: readonly ClaimantRef[],
): PreparedOffer {
  const { start, end, quoteStart, quoteEnd } = spot;
  if (start >= end || quoteStart > start || quoteEnd < end) return unavailable(t('check.notOnPage'));
  const fixed: FixedClaimParts = {
    // The quote's whitespace is squashed, and the figure's offset in it with it.
    figureText: squash(pageText.slice(start, end)),
    quoteFigureStart: squash(pageText.slice(quoteStart, start)).length,
    selector: describeQuote(pageText, start, end),
    start,
    end,
    pageTitle: pageTitle(doc),
    language: pageLang(doc) ?? 'und',
    claimants:
      facts.claimant && !claimants.some((c) => c.id === facts.claimant?.id)
        ? [facts.claimant, ...claimants]
        : claimants,
  };
  const values: ClaimFormValues = {
    ...EMPTY_CLAIM_FORM,
    quote: squash(pageText.slice(quoteStart, quoteEnd)),
    value: facts.value === null ? '' : String(facts.value),
    qualifier: facts.qualifier,
    metric: facts.metric,
    side: facts.side ?? '',
    claimantId: facts.claimant?.id ?? '',
    outlet: pageOutlet(doc),
    url: canonicalUrl(doc),
    publishedDate: publishedDate(doc) ?? '',
    // With no time cue in the selection, a figure counts the page's publication day (as the
    // engine reads whole pages); the reader can change it before saving.
    period: facts.period ?? publishedDate(doc) ?? '',
  };
  return { offer: { kind: 'form', values }, fixed };
}
