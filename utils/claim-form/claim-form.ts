/**
 * The one model of a claim form: the values as typed, checked into the store's shapes with errors
 * that name the field, and the store's issues put back on the fields they are about. Both forms use
 * it: the manager's editor (adds a claim with source, quote and figure text, or edits one) and the
 * page's "Add to the claim store" (page-claim.ts). Each form shows some of the fields, under its own
 * labels; a field added here reaches both. Pure: no DOM, no store.
 */

import { isPeriod } from '../engine/period';
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { liveRecord } from '../i18n/live';
import type { TextKey } from '../i18n/messages/en';
import { t } from '../i18n/translate';
import { periodHint } from '../labels';
import type { ManualClaimDraft } from '../store/manager/types';
import type { Claim, ClaimChanges } from '../store/types';
import { errorsFromIssues, type FieldErrors, parseFigureValue } from './fields';

export interface ClaimFormValues {
  metric: string;
  /** The number as typed ("1,200"); empty for a vague ("dozens") figure. */
  value: string;
  qualifier: Qualifier;
  side: '' | 'AZ' | 'ARM';
  /** A claimant id; '' for "no claimant named". */
  claimantId: string;
  /** The time the figure counts, in ISO 8601 notation (utils/engine/period.ts), or empty. */
  period: string;
  note: string;
  /** The sentence holding the figure (adding only). */
  quote: string;
  /** The manager's add: the stored source that reports the figure. */
  sourceId: string;
  /** The manager's add: the figure's words in the quote ("two helicopters"). */
  figureText: string;
  /** The page's add: who reports it, its address and date (they become the claim's source). */
  outlet: string;
  url: string;
  publishedDate: string;
}

export type ClaimField = keyof ClaimFormValues;

/** What a form calls the fields it shows; errors start with these words ("Value: …"). */
export type ClaimFieldLabels = Partial<Record<ClaimField, string>>;

/** The manager editor's labels. */
export const CLAIM_FIELD_LABELS = liveRecord({
  metric: 'claimField.metric',
  value: 'claimField.value',
  qualifier: 'claimField.qualifier',
  side: 'claimField.side',
  claimantId: 'claimField.claimantId',
  period: 'claimField.period',
  note: 'claimField.note',
  sourceId: 'claimField.sourceId',
  quote: 'claimField.quote',
  figureText: 'claimField.figureText',
}) satisfies ClaimFieldLabels;

export type ManagerClaimField = keyof typeof CLAIM_FIELD_LABELS;

export const EMPTY_CLAIM_FORM: ClaimFormValues = {
  metric: '',
  value: '',
  qualifier: 'exact',
  side: '',
  claimantId: '',
  period: '',
  note: '',
  quote: '',
  sourceId: '',
  figureText: '',
  outlet: '',
  url: '',
  publishedDate: '',
};

export function claimToForm(claim: Claim): ClaimFormValues {
  return {
    ...EMPTY_CLAIM_FORM,
    metric: claim.metric,
    value: claim.value === null ? '' : String(claim.value),
    qualifier: claim.qualifier,
    side: claim.side ?? '',
    claimantId: claim.claimant?.id ?? '',
    period: claim.period ?? '',
    note: claim.note ?? '',
    sourceId: claim.sourceId,
    quote: claim.quote,
    figureText: claim.selector.exact,
  };
}

/** The figure's fields every claim has, checked. */
export interface CheckedFigure {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  period: string | null;
  note: string;
}

export type ClaimFormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<ClaimField> };

/**
 * Checks the fields every claim has (metric, value and qualifier, claimant, event date, note);
 * adds the errors to `errors`, each starting with the field's label in `labels`.
 */
export function checkFigureFields(
  form: ClaimFormValues,
  claimants: readonly ClaimantRef[],
  labels: ClaimFieldLabels,
  errors: FieldErrors<ClaimField>,
): CheckedFigure {
  const say = (field: ClaimField, key: TextKey, params: Record<string, string | number> = {}) => {
    errors[field] ??= t(key, { label: labels[field] ?? field, ...params });
  };
  if (!form.metric) say('metric', 'claimForm.noMetric');
  const value = parseFigureValue(form.value);
  if (value !== null && Number.isNaN(value)) {
    say('value', 'claimForm.badValue');
  } else if (value === null && form.qualifier !== 'vague') {
    say('value', 'claimForm.noValue');
  } else if (value !== null && form.qualifier === 'vague') {
    say('value', 'claimForm.vagueWithValue');
  }
  const claimant = form.claimantId ? (claimants.find((c) => c.id === form.claimantId) ?? null) : null;
  if (form.claimantId && !claimant) say('claimantId', 'claimForm.badClaimant');
  const period = form.period.trim();
  if (period && !isPeriod(period)) say('period', 'claimForm.badPeriod', { hint: periodHint() });
  if (form.note.length > 5000) say('note', 'field.tooLong', { max: 5000 });
  return {
    metric: form.metric,
    value: value !== null && Number.isNaN(value) ? null : value,
    qualifier: form.qualifier,
    side: form.side || null,
    claimant,
    period: period || null,
    note: form.note,
  };
}

/** The changes an edit makes, or the errors of its fields. */
export function checkClaimEdit(
  form: ClaimFormValues,
  claimants: readonly ClaimantRef[],
): ClaimFormResult<ClaimChanges> {
  const errors: FieldErrors<ClaimField> = {};
  const checked = checkFigureFields(form, claimants, CLAIM_FIELD_LABELS, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: checked };
}

/** A new claim from the manager's form, or the errors of its fields. */
export function checkClaimAdd(
  form: ClaimFormValues,
  claimants: readonly ClaimantRef[],
): ClaimFormResult<ManualClaimDraft> {
  const errors: FieldErrors<ClaimField> = {};
  const { note, ...checked } = checkFigureFields(form, claimants, CLAIM_FIELD_LABELS, errors);
  const L = CLAIM_FIELD_LABELS;
  if (!form.sourceId) errors.sourceId = t('claimForm.noSource', { label: L.sourceId });
  const quote = form.quote.trim();
  if (!quote) errors.quote = t('claimForm.noQuote', { label: L.quote });
  else if (quote.length > 5000) errors.quote = t('field.tooLong', { label: L.quote, max: 5000 });
  const figureText = form.figureText.trim();
  if (!figureText) errors.figureText = t('claimForm.noFigureText', { label: L.figureText });
  else if (quote && !quote.includes(figureText)) {
    errors.figureText = t('claimForm.figureNotInQuote', { label: L.figureText });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const draft: ManualClaimDraft = { ...checked, sourceId: form.sourceId, quote, figureText };
  if (note) draft.note = note;
  return { ok: true, value: draft };
}

/**
 * The field each name in a store issue's path is about ("claim.claimant.id" is the claimant's,
 * "claim.quoteFigureEnd" the quote's, "source.publishedDate" the date's); names not here are no
 * field's.
 */
const ISSUE_FIELDS: Readonly<Record<string, ClaimField>> = {
  ...(Object.fromEntries(Object.keys(EMPTY_CLAIM_FORM).map((field) => [field, field])) as Record<
    string,
    ClaimField
  >),
  claimant: 'claimantId',
  quoteFigureStart: 'quote',
  quoteFigureEnd: 'quote',
};

/**
 * The store's issues about a claim (or the page's claim and its source) as errors of the fields
 * the form shows, labelled as in `labels`; the others come back in `other`.
 */
export function claimErrorsFromIssues(
  issues: readonly string[],
  labels: ClaimFieldLabels = CLAIM_FIELD_LABELS,
): { errors: FieldErrors<ClaimField>; other: string[] } {
  const shown = Object.fromEntries(
    Object.entries(ISSUE_FIELDS).flatMap(([name, field]) => {
      const label = labels[field];
      return label ? [[name, { field, label }]] : [];
    }),
  );
  return errorsFromIssues(issues, shown);
}
