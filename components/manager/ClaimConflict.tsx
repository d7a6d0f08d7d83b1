import { useEffect, useRef } from 'preact/hooks';
import { CLAIM_FIELD_LABELS, type ClaimFormValues, claimToForm } from '../../utils/claim-form/claim-form';
import { claimantLabel, metricLabel } from '../../utils/i18n/pack-labels';
import { t } from '../../utils/i18n/translate';
import { QUALIFIER_CHOICES, SIDE_CHOICES } from '../../utils/manager/choices';
import { type EditableField, formDifferences } from '../../utils/manager/claim-conflict';
import type { VersionedClaim } from '../../utils/store/manager/types';
import type { Claim } from '../../utils/store/types';
import { type ManagerEnv, metricLabelIn } from './manager-env';

/**
 * The claim as stored differs from the one the reader opened: found when a save was refused
 * (`refused`), or earlier, when the store announced a change while the editor was open.
 */
export type EditConflict = ({ kind: 'changed'; current: VersionedClaim } | { kind: 'deleted' }) & {
  refused: boolean;
};

export interface ClaimConflictProps {
  env: Pick<ManagerEnv, 'metrics' | 'claimants'>;
  conflict: EditConflict;
  /** The claim as the reader opened it. */
  base: Claim;
  /** The form as the reader left it (their unsaved changes). */
  form: ClaimFormValues;
  busy: boolean;
  /** Takes the stored claim into the form, keeping the reader's changes to other fields. */
  onReload: () => void;
  /** Saves the reader's changes over the stored claim. */
  onOverwrite: () => void;
  onClose: () => void;
}

/** A field's value as the reader reads it ("Azerbaijani losses", "no claimant named"). */
export function fieldText(
  env: Pick<ManagerEnv, 'metrics' | 'claimants'>,
  field: EditableField,
  form: ClaimFormValues,
): string {
  const value = form[field];
  if (field === 'metric') return metricLabel(value, metricLabelIn(env, value));
  if (field === 'qualifier') return QUALIFIER_CHOICES.find(([id]) => id === value)?.[1] ?? value;
  if (field === 'side') return SIDE_CHOICES.find(([id]) => id === value)?.[1] ?? value;
  if (field === 'claimantId') {
    const claimant = env.claimants.find((c) => c.id === value);
    return value ? (claimant ? claimantLabel(claimant.id, claimant.label) : value) : t('manager.noClaimant');
  }
  return value === '' ? t('conflict.empty') : t('conflict.quoted', { value });
}

/** One line per field that differs: "Value: “1” → “4”". */
function changeLines(env: ClaimConflictProps['env'], from: ClaimFormValues, to: ClaimFormValues) {
  return formDifferences(from, to).map((field) => (
    <li key={field}>
      {t('conflict.change', {
        field: CLAIM_FIELD_LABELS[field],
        from: fieldText(env, field, from),
        to: fieldText(env, field, to),
      })}
    </li>
  ));
}

/**
 * Another tab or window changed or deleted the claim since the reader opened it (a save was
 * refused, or the store said so first): says so, shows both sides' changes, and offers to
 * reload or to overwrite knowingly.
 */
export function ClaimConflict({
  env,
  conflict,
  base,
  form,
  busy,
  onReload,
  onOverwrite,
  onClose,
}: ClaimConflictProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflict]);
  const opened = claimToForm(base);
  return (
    <div class="ct-conflict" role="alert" aria-labelledby="ct-conflict-title">
      {conflict.kind === 'deleted' ? (
        <>
          <h3 id="ct-conflict-title" ref={heading} tabIndex={-1}>
            {conflict.refused ? t('conflict.deletedRefused') : t('conflict.deleted')}
          </h3>
          <p>{t('conflict.gone')}</p>
          <div class="ct-form-actions">
            <button type="button" onClick={onClose}>
              {t('conflict.closeEditor')}
            </button>
          </div>
        </>
      ) : (
        <>
          <h3 id="ct-conflict-title" ref={heading} tabIndex={-1}>
            {conflict.refused ? t('conflict.changedRefused') : t('conflict.changed')}
          </h3>
          <p>{t('conflict.theirs')}</p>
          <ul class="ct-conflict-theirs">{changeLines(env, opened, claimToForm(conflict.current.claim))}</ul>
          <p>{t('conflict.mine')}</p>
          <ul class="ct-conflict-mine">{changeLines(env, opened, form)}</ul>
          <div class="ct-form-actions">
            <button type="button" class="ct-primary" disabled={busy} onClick={onReload}>
              {t('conflict.reload')}
            </button>
            <button type="button" disabled={busy} onClick={onOverwrite}>
              {t('conflict.overwrite')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
