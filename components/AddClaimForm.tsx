import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ClaimField, ClaimFormValues } from '../utils/claim-form/claim-form';
import type { FieldErrors } from '../utils/claim-form/fields';
import { PAGE_CLAIM_LABELS } from '../utils/claim-form/page-claim';
import type { ClaimantRef } from '../utils/engine/types';
import { claimantLabel, metricLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import { periodHint } from '../utils/labels';
import { QUALIFIER_CHOICES, SIDE_ADJECTIVE_CHOICES } from '../utils/manager/choices';
import type { MetricOption, SaveOffer, SaveOutcome } from '../utils/overlay/check-view';
import { partyLabel } from '../utils/overlay/format';

export interface AddClaimFormProps {
  /** The prefilled values (the quote, figure, metric, claimant, outlet, address and dates the page gave), or why this cannot be saved. */
  offer: SaveOffer;
  metrics: readonly MetricOption[];
  claimants: readonly ClaimantRef[];
  /** Saves the claim; the errors of a refused save are shown on their fields. */
  onSave: (values: ClaimFormValues) => Promise<SaveOutcome>;
}

type Options = readonly (readonly [string, string])[];
type Control = 'text' | 'textarea' | 'url' | 'date' | 'metrics' | 'claimants' | Options;

/** The fields in the order shown: the label (shared with their errors), a hint, the control. */
const FIELDS: readonly [keyof typeof PAGE_CLAIM_LABELS, () => string, Control][] = [
  ['quote', () => t('form.quoteHint'), 'textarea'],
  ['value', () => '', 'text'],
  ['qualifier', () => '', QUALIFIER_CHOICES],
  ['metric', () => '', 'metrics'],
  ['side', () => '', SIDE_ADJECTIVE_CHOICES],
  ['claimantId', () => t('form.claimantHint'), 'claimants'],
  ['outlet', () => t('form.outletHint'), 'text'],
  ['url', () => '', 'url'],
  ['publishedDate', () => '', 'date'],
  ['period', periodHint, 'text'],
];

const EMPTY = {} as ClaimFormValues;

type Input = JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/**
 * "Add to the claim store": a button that opens the prefilled form, every field editable and
 * labelled, with its error; nothing is written until the reader saves. Then it says so.
 */
export function AddClaimForm({ offer, metrics, claimants, onSave }: AddClaimFormProps) {
  const [state, setState] = useState<'closed' | 'open' | 'saved'>('closed');
  const [values, setValues] = useState(offer.kind === 'form' ? offer.values : EMPTY);
  const [errors, setErrors] = useState<FieldErrors<ClaimField>>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const id = useId();
  // Focus follows the reader: into the form when it opens (it sits below the reports, the dialog
  // scrolls to it), onto the confirmation once saved (the form and its buttons are gone).
  useEffect(() => {
    (state === 'saved' ? savedRef.current : formRef.current?.querySelector('textarea'))?.focus();
  }, [state]);

  const optionsOf = (control: Control): Options | null =>
    control === 'metrics'
      ? metrics.map((m) => [m.id, metricLabel(m.id, m.label)] as const)
      : control === 'claimants'
        ? [
            ['', t('form.noClaimant')],
            ...claimants.map(
              (c) =>
                [
                  c.id,
                  t('form.claimantOption', {
                    claimant: claimantLabel(c.id, c.label),
                    party: partyLabel(c.party),
                  }),
                ] as const,
            ),
          ]
        : typeof control === 'string'
          ? null
          : control;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const outcome = await onSave(values);
    setSaving(false);
    if (outcome.ok) return setState('saved');
    setErrors(outcome.errors);
    setMessage(outcome.message);
    // Focus goes to the first field to fix, so a keyboard reader lands on it.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };

  if (offer.kind === 'unavailable') return <p class="ct-state">{offer.reason}</p>;
  if (state === 'saved')
    return (
      <p ref={savedRef} class="ct-summary" role="status" tabIndex={-1}>
        {t('form.saved')}
      </p>
    );
  if (state === 'closed')
    return (
      <p class="ct-page">
        <button type="button" class="ct-button" onClick={() => setState('open')}>
          {t('form.add')}
        </button>
      </p>
    );
  return (
    <form ref={formRef} class="ct-form" aria-label={t('form.add')} onSubmit={submit} noValidate>
      {message && (
        <p class="ct-form-error" role="alert">
          {message}
        </p>
      )}
      {FIELDS.map(([field, hintOf, control]) => {
        const hint = hintOf();
        const label = hint
          ? t('form.labelWithHint', { label: PAGE_CLAIM_LABELS[field], hint })
          : PAGE_CLAIM_LABELS[field];
        const error = errors[field];
        const options = optionsOf(control);
        const props = {
          id: `${id}-${field}`,
          name: field,
          value: values[field],
          'aria-invalid': Boolean(error),
          'aria-describedby': error ? `${id}-${field}-error` : undefined,
          onInput: (event: Input) => setValues({ ...values, [field]: event.currentTarget.value }),
        };
        return (
          <div key={field} class="ct-field">
            <label for={props.id}>{label}</label>
            {options ? (
              <select {...props}>
                {options.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            ) : control === 'textarea' ? (
              <textarea {...props} rows={3} />
            ) : (
              <input {...props} type={control as string} autoComplete="off" />
            )}
            {error && (
              <span id={`${id}-${field}-error`} class="ct-field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <div class="ct-choices">
        <button type="submit" class="ct-button" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" class="ct-button" onClick={() => setState('closed')}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
