/**
 * What an edit changes, and what another tab changed meanwhile: the editor sends only the fields
 * the reader changed (so a field changed elsewhere is never written back with its old value),
 * and on a conflict shows both sides and can take the stored claim while keeping the reader's
 * own changes. Pure: compares form values and claims.
 */

import { type ClaimFormValues, claimToForm } from '../claim-form/claim-form';
import type { Claim, ClaimChanges } from '../store/types';

/** The fields an edit can change, in the order the editor shows them. */
export const EDITABLE_FIELDS = [
  'metric',
  'value',
  'qualifier',
  'side',
  'claimantId',
  'period',
  'note',
] as const satisfies readonly (keyof ClaimFormValues)[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The editable fields whose form values differ between two forms. */
export function formDifferences(from: ClaimFormValues, to: ClaimFormValues): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => from[field] !== to[field]);
}

/** The fields of `changes` whose value differs from the claim's: what an edit really changes. */
export function changedFields(base: Claim, changes: ClaimChanges): ClaimChanges {
  const result: ClaimChanges = {};
  if (changes.metric !== undefined && changes.metric !== base.metric) result.metric = changes.metric;
  if (changes.value !== undefined && changes.value !== base.value) result.value = changes.value;
  if (changes.qualifier !== undefined && changes.qualifier !== base.qualifier)
    result.qualifier = changes.qualifier;
  if (changes.side !== undefined && changes.side !== base.side) result.side = changes.side;
  if (changes.claimant !== undefined && (changes.claimant?.id ?? null) !== (base.claimant?.id ?? null))
    result.claimant = changes.claimant;
  if (changes.period !== undefined && changes.period !== base.period) result.period = changes.period;
  if (changes.note !== undefined && changes.note !== (base.note ?? '')) result.note = changes.note;
  return result;
}

export interface Rebased {
  /** The stored claim's values, with the reader's changes to fields nobody else changed. */
  form: ClaimFormValues;
  /** Fields another tab changed: they show the stored value now. */
  theirs: EditableField[];
  /** Fields the reader changed and another tab did not: they keep the reader's value. */
  kept: EditableField[];
}

/**
 * The form after reloading a claim another tab changed: `base` is the claim the reader started
 * from, `current` the stored one. Where both changed a field, the stored value wins (the reader
 * sees it and can change it again); the reader's other changes stay in the form, unsaved.
 */
export function rebaseForm(form: ClaimFormValues, base: Claim, current: Claim): Rebased {
  const before = claimToForm(base);
  const now = claimToForm(current);
  const theirs = formDifferences(before, now);
  const kept = formDifferences(before, form).filter((field) => !theirs.includes(field));
  const next: ClaimFormValues = { ...now };
  for (const field of kept) (next as Record<EditableField, string>)[field] = form[field];
  return { form: next, theirs, kept };
}
