/**
 * The claim editor's form: its values as typed, checked into the store's shapes, with errors that
 * name the field. The same form adds a claim (with source, quote and figure text) or edits one.
 */

import { isPeriod } from '../engine/period';
import type { ClaimantRef, Qualifier, Side } from '../engine/types';
import { PERIOD_HINT } from '../labels';
import type { ManualClaimDraft } from '../store/manager/types';
import type { Claim, ClaimChanges } from '../store/types';
import { errorsFromIssues, type FieldErrors, parseFigureValue } from './fields';

export interface ClaimFormValues {
  metric: string;
  value: string;
  qualifier: Qualifier;
  side: '' | 'AZ' | 'ARM';
  /** '' for "no claimant named". */
  claimantId: string;
  period: string;
  note: string;
  /** Only when adding a claim. */
  sourceId: string;
  quote: string;
  figureText: string;
}

export type ClaimField = keyof ClaimFormValues;

export const CLAIM_FIELD_LABELS: Record<ClaimField, string> = {
  metric: 'Metric',
  value: 'Value',
  qualifier: 'Qualifier',
  side: 'Whose losses',
  claimantId: 'Claimant',
  period: 'Period',
  note: 'Note',
  sourceId: 'Source',
  quote: 'Quote',
  figureText: 'Figure text',
};

export const EMPTY_CLAIM_FORM: ClaimFormValues = {
  metric: '',
  value: '',
  qualifier: 'exact',
  side: '',
  claimantId: '',
  period: '',
  note: '',
  sourceId: '',
  quote: '',
  figureText: '',
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

interface Checked {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  period: string | null;
  note: string;
}

export type ClaimFormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<ClaimField> };

function checkCommon(
  form: ClaimFormValues,
  claimants: readonly ClaimantRef[],
  errors: FieldErrors<ClaimField>,
): Checked {
  if (!form.metric) errors.metric = 'Metric: choose what the figure counts.';
  const value = parseFigureValue(form.value);
  if (value !== null && Number.isNaN(value)) {
    errors.value = 'Value: enter a number of 0 or more, such as 14 or 1,200.';
  } else if (value === null && form.qualifier !== 'vague') {
    errors.value = 'Value: enter the number, or choose the qualifier "vague" for figures like "dozens".';
  } else if (value !== null && form.qualifier === 'vague') {
    errors.value = 'Value: a vague figure has no number; clear the value or choose another qualifier.';
  }
  const claimant = form.claimantId ? (claimants.find((c) => c.id === form.claimantId) ?? null) : null;
  if (form.claimantId && !claimant)
    errors.claimantId = 'Claimant: choose a claimant from the list, or "no claimant named".';
  const period = form.period.trim();
  if (period && !isPeriod(period)) errors.period = `Period: ${PERIOD_HINT}`;
  if (form.note.length > 5000) errors.note = 'Note: keep it under 5,000 characters.';
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
  const checked = checkCommon(form, claimants, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: checked };
}

/** A new claim from the form, or the errors of its fields. */
export function checkClaimAdd(
  form: ClaimFormValues,
  claimants: readonly ClaimantRef[],
): ClaimFormResult<ManualClaimDraft> {
  const errors: FieldErrors<ClaimField> = {};
  const { note, ...checked } = checkCommon(form, claimants, errors);
  if (!form.sourceId) errors.sourceId = 'Source: choose the article that reports the figure.';
  const quote = form.quote.trim();
  if (!quote) errors.quote = 'Quote: paste the sentence that states the figure.';
  else if (quote.length > 5000) errors.quote = 'Quote: keep it under 5,000 characters.';
  const figureText = form.figureText.trim();
  if (!figureText)
    errors.figureText =
      'Figure text: copy the words of the figure from the quote, such as "two helicopters".';
  else if (quote && !quote.includes(figureText)) {
    errors.figureText = 'Figure text: these words are not in the quote; copy them exactly as written there.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const draft: ManualClaimDraft = { ...checked, sourceId: form.sourceId, quote, figureText };
  if (note) draft.note = note;
  return { ok: true, value: draft };
}

const CLAIM_ISSUE_FIELDS = Object.fromEntries(
  (Object.keys(CLAIM_FIELD_LABELS) as ClaimField[]).map((field) => [
    field,
    { field, label: CLAIM_FIELD_LABELS[field] },
  ]),
) as Record<string, { field: ClaimField; label: string }>;
CLAIM_ISSUE_FIELDS.claimant = { field: 'claimantId', label: CLAIM_FIELD_LABELS.claimantId };

/** The store's issues about a claim as errors of the form's fields. */
export function claimErrorsFromIssues(issues: readonly string[]) {
  return errorsFromIssues(issues, CLAIM_ISSUE_FIELDS);
}
