/**
 * "Add an article": the engine's figures of a pasted text become review items the reader corrects
 * (metric, claimant, value, whose losses, include or not), then the article draft the store saves.
 */

import { type FieldErrors, isIsoDate, parseFigureValue } from '../claim-form/fields';
import type { ClaimantRef, Figure, Qualifier } from '../engine/types';
import { t } from '../i18n/translate';
import type { ArticleClaimDraft, ArticleDraft, SourceInput } from '../store/manager/types';

export interface ReviewItem {
  key: string;
  include: boolean;
  metric: string;
  value: string;
  qualifier: Qualifier;
  side: '' | 'AZ' | 'ARM';
  claimantId: string;
  /** The figure's words and its sentence, as in the text. */
  figureText: string;
  sentence: string;
  figureStart: number;
  figureEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The period the engine read (utils/engine/period.ts), or null. */
  period: string | null;
  /** What the engine read, to show what the reader changed. */
  engine: { metric: string; value: number | null; claimantId: string };
}

export type ReviewField = 'metric' | 'value' | 'claimantId';

export function reviewItems(figures: readonly Figure[]): ReviewItem[] {
  return figures.map((figure) => ({
    key: `${figure.start}-${figure.end}-${figure.metric}`,
    include: true,
    metric: figure.metric,
    value: figure.value === null ? '' : String(figure.value),
    qualifier: figure.qualifier,
    side: figure.side ?? '',
    claimantId: figure.claimant?.id ?? '',
    figureText: figure.text,
    sentence: figure.sentence,
    figureStart: figure.start,
    figureEnd: figure.end,
    sentenceStart: figure.sentenceStart,
    sentenceEnd: figure.sentenceStart + figure.sentence.length,
    period: figure.period,
    engine: { metric: figure.metric, value: figure.value, claimantId: figure.claimant?.id ?? '' },
  }));
}

export type ReviewErrors = Record<string, FieldErrors<ReviewField>>;

/** The claims of the included items, or the errors of each item's fields (keyed by item). */
export function checkReview(
  items: readonly ReviewItem[],
  claimants: readonly ClaimantRef[],
): { ok: true; claims: ArticleClaimDraft[] } | { ok: false; errors: ReviewErrors } {
  const errors: ReviewErrors = {};
  const claims: ArticleClaimDraft[] = [];
  items.forEach((item, i) => {
    if (!item.include) return;
    const found: FieldErrors<ReviewField> = {};
    const n = { number: i + 1 };
    if (!item.metric) found.metric = t('review.noMetric', n);
    const value = parseFigureValue(item.value);
    if (value !== null && Number.isNaN(value)) found.value = t('review.badValue', n);
    else if (value === null && item.qualifier !== 'vague') found.value = t('review.noValue', n);
    const claimant = item.claimantId ? (claimants.find((c) => c.id === item.claimantId) ?? null) : null;
    if (item.claimantId && !claimant) found.claimantId = t('review.badClaimant', n);
    if (Object.keys(found).length > 0) {
      errors[item.key] = found;
      return;
    }
    claims.push({
      metric: item.metric,
      value: item.qualifier === 'vague' ? null : value,
      qualifier: item.qualifier,
      side: item.side || null,
      claimant,
      start: item.figureStart,
      end: item.figureEnd,
      sentenceStart: item.sentenceStart,
      sentenceEnd: item.sentenceEnd,
      period: item.period,
    });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, claims };
}

/**
 * The article as the store saves it. A figure keeps the period the engine read; one it could not
 * date at all counts the article's day, as the engine dates any figure without a cue.
 */
export function articleDraft(
  text: string,
  source: Omit<SourceInput, 'id'>,
  claims: ArticleClaimDraft[],
): ArticleDraft {
  const published = source.publishedDate && isIsoDate(source.publishedDate) ? source.publishedDate : null;
  return {
    source,
    text,
    claims: claims.map((claim) => ({ ...claim, period: claim.period ?? published })),
  };
}

/** Whether the reader changed what the engine read. */
export function isCorrected(item: ReviewItem): boolean {
  return (
    item.metric !== item.engine.metric ||
    parseFigureValue(item.value) !== item.engine.value ||
    item.claimantId !== item.engine.claimantId
  );
}
