import { CLAIM_FIELD_LABELS, type ClaimField, type ClaimFormValues } from '../../utils/claim-form/claim-form';
import type { FieldErrors } from '../../utils/claim-form/fields';
import type { ClaimantRef } from '../../utils/engine/types';
import { t } from '../../utils/i18n/translate';
import { QUALIFIER_CHOICES, SIDE_CHOICES } from '../../utils/manager/choices';
import { periodInputHint } from '../../utils/overlay/period-label';
import { ChoiceSelect } from './ChoiceSelect';
import { ClaimantSelect } from './ClaimantSelect';
import { FormField } from './FormField';
import { MetricSelect } from './MetricSelect';
import type { MetricOption } from './manager-env';

export interface ClaimFieldsCoreProps {
  form: ClaimFormValues;
  errors: FieldErrors<ClaimField>;
  fieldId: (field: ClaimField) => string;
  metrics: readonly MetricOption[];
  claimants: readonly ClaimantRef[];
  onChange: (changes: Partial<ClaimFormValues>) => void;
}

/** The fields every claim has: what it counts, the value, whose losses, who claims it, when, a note. */
export function ClaimFieldsCore({
  form,
  errors,
  fieldId,
  metrics,
  claimants,
  onChange,
}: ClaimFieldsCoreProps) {
  return (
    <div class="ct-field-grid">
      <FormField id={fieldId('metric')} label={CLAIM_FIELD_LABELS.metric} error={errors.metric}>
        {(attributes) => (
          <MetricSelect
            {...attributes}
            value={form.metric}
            metrics={metrics}
            emptyLabel={t('claimEditor.chooseMetric')}
            onChange={(metric) => onChange({ metric })}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('value')}
        label={CLAIM_FIELD_LABELS.value}
        error={errors.value}
        hint={t('claimEditor.valueHint')}
      >
        {(attributes) => (
          <input
            {...attributes}
            inputMode="decimal"
            value={form.value}
            onInput={(event) => onChange({ value: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField id={fieldId('qualifier')} label={CLAIM_FIELD_LABELS.qualifier} error={errors.qualifier}>
        {(attributes) => (
          <ChoiceSelect
            {...attributes}
            choices={QUALIFIER_CHOICES}
            value={form.qualifier}
            onChange={(qualifier) => onChange({ qualifier })}
          />
        )}
      </FormField>
      <FormField id={fieldId('side')} label={CLAIM_FIELD_LABELS.side} error={errors.side}>
        {(attributes) => (
          <ChoiceSelect
            {...attributes}
            choices={SIDE_CHOICES}
            value={form.side}
            onChange={(side) => onChange({ side })}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('claimantId')}
        label={CLAIM_FIELD_LABELS.claimantId}
        error={errors.claimantId}
        hint={t('claimEditor.claimantHint')}
      >
        {(attributes) => (
          <ClaimantSelect
            {...attributes}
            value={form.claimantId}
            claimants={claimants}
            noneLabel={t('filters.noClaimant')}
            onChange={(claimantId) => onChange({ claimantId })}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('period')}
        label={CLAIM_FIELD_LABELS.period}
        error={errors.period}
        hint={periodInputHint(form.period)}
      >
        {(attributes) => (
          <input
            {...attributes}
            value={form.period}
            placeholder="2020-09-27"
            spellcheck={false}
            onInput={(event) => onChange({ period: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('note')}
        label={CLAIM_FIELD_LABELS.note}
        error={errors.note}
        class="ct-field-wide"
      >
        {(attributes) => (
          <textarea
            {...attributes}
            rows={2}
            value={form.note}
            onInput={(event) => onChange({ note: event.currentTarget.value })}
          />
        )}
      </FormField>
    </div>
  );
}
