import { useEffect, useState } from 'preact/hooks';
import {
  CLAIM_FIELD_LABELS,
  type ClaimField,
  type ClaimFormValues,
  checkClaimAdd,
  checkClaimEdit,
  claimErrorsFromIssues,
  claimToForm,
  EMPTY_CLAIM_FORM,
} from '../../utils/manager/claim-form';
import { ask, errorOf, RequestFailed } from '../../utils/manager/client';
import { errorSummaryOf, type FieldErrors } from '../../utils/manager/fields';
import { formatValue } from '../../utils/overlay/format';
import type { SourceSummary } from '../../utils/store/manager-types';
import type { Claim } from '../../utils/store/types';
import { ClaimFieldsCore } from './ClaimFieldsCore';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { type ManagerEnv, metricLabelIn } from './manager-env';

export interface ClaimEditorProps {
  env: ManagerEnv;
  /** The claim to edit; null to add one. */
  claim: Claim | null;
  /** Closes the editor; `saved` says whether something was written. */
  onClose: (saved: boolean) => void;
}

const fieldId = (field: ClaimField) => `ct-claim-${field}`;

/** Adds a claim or edits one. Errors name their field, in a summary and beside the field. */
export function ClaimEditor({ env, claim, onClose }: ClaimEditorProps) {
  const adding = claim === null;
  const [form, setForm] = useState<ClaimFormValues>(claim ? claimToForm(claim) : EMPTY_CLAIM_FORM);
  const [errors, setErrors] = useState<FieldErrors<ClaimField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!adding) return;
    ask(env.send, { type: 'listSources' }).then(setSources, (error: unknown) => env.report(errorOf(error)));
  }, [adding]);

  const update = (changes: Partial<ClaimFormValues>) => setForm((previous) => ({ ...previous, ...changes }));

  const failed = (fieldErrors: FieldErrors<ClaimField>, messages: string[] = []) => {
    setErrors(fieldErrors);
    setOther(messages);
  };

  /** Runs a write; the store's field issues land on the form, anything else in the page's alert. */
  const write = async (run: () => Promise<void>) => {
    setBusy(true);
    try {
      await run();
      env.changed();
      onClose(true);
    } catch (thrown) {
      const error = errorOf(thrown);
      if (thrown instanceof RequestFailed && error.issues?.length) {
        const mapped = claimErrorsFromIssues(error.issues);
        failed(mapped.errors, mapped.other);
      } else env.report(error);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const what = (value: number | null, qualifier: Claim['qualifier'], metric: string) =>
      `${formatValue(value, qualifier)} ${metricLabelIn(env, metric)}`;
    if (claim) {
      const checked = checkClaimEdit(form, env.claimants);
      if (!checked.ok) return failed(checked.errors);
      const changes = checked.value;
      return write(async () => {
        await ask(env.send, { type: 'updateClaim', id: claim.id, changes });
        const label = what(
          changes.value ?? null,
          changes.qualifier ?? 'exact',
          changes.metric ?? claim.metric,
        );
        env.offerUndo(`Saved your changes to “${label}”.`, { kind: 'edit', before: claim });
      });
    }
    const checked = checkClaimAdd(form, env.claimants);
    if (!checked.ok) return failed(checked.errors);
    const draft = checked.value;
    return write(async () => {
      const added = await ask(env.send, { type: 'addClaim', claim: draft });
      env.offerUndo(`Added “${what(draft.value, draft.qualifier, draft.metric)}”.`, {
        kind: 'added',
        claimIds: [added.id],
      });
    });
  };

  return (
    <EditorFrame
      titleId="ct-claim-editor-title"
      title={adding ? 'Add a claim' : 'Edit claim'}
      errors={errorSummaryOf(errors, fieldId)}
      other={other}
      onCancel={() => onClose(false)}
    >
      <form onSubmit={submit} noValidate>
        {adding && (
          <FormField
            id={fieldId('sourceId')}
            label={CLAIM_FIELD_LABELS.sourceId}
            error={errors.sourceId}
            hint="The article that reports the figure. Add new articles under Sources."
          >
            {(attributes) => (
              <select
                {...attributes}
                value={form.sourceId}
                onChange={(event) => update({ sourceId: event.currentTarget.value })}
              >
                <option value="">{sources ? 'Choose a source…' : 'Loading sources…'}</option>
                {(sources ?? []).map(({ source }) => (
                  <option key={source.id} value={source.id}>
                    {source.outlet ? `${source.outlet}: ${source.label}` : source.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {adding && (
          <FormField
            id={fieldId('quote')}
            label={CLAIM_FIELD_LABELS.quote}
            error={errors.quote}
            hint="The sentence that states the figure, as written."
          >
            {(attributes) => (
              <textarea
                {...attributes}
                rows={3}
                value={form.quote}
                onInput={(event) => update({ quote: event.currentTarget.value })}
              />
            )}
          </FormField>
        )}
        {adding && (
          <FormField
            id={fieldId('figureText')}
            label={CLAIM_FIELD_LABELS.figureText}
            error={errors.figureText}
            hint='The words of the quote that state the figure, such as "two helicopters".'
          >
            {(attributes) => (
              <input
                {...attributes}
                value={form.figureText}
                onInput={(event) => update({ figureText: event.currentTarget.value })}
              />
            )}
          </FormField>
        )}
        <ClaimFieldsCore
          form={form}
          errors={errors}
          fieldId={fieldId}
          metrics={env.metrics}
          claimants={env.claimants}
          onChange={update}
        />
        <div class="ct-form-actions">
          <button type="submit" class="ct-primary" disabled={busy}>
            {adding ? 'Add claim' : 'Save changes'}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
      </form>
    </EditorFrame>
  );
}
