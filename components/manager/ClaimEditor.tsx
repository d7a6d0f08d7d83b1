import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CLAIM_FIELD_LABELS,
  type ClaimField,
  type ClaimFormValues,
  checkClaimAdd,
  checkClaimEdit,
  claimErrorsFromIssues,
  claimToForm,
  EMPTY_CLAIM_FORM,
} from '../../utils/claim-form/claim-form';
import { errorSummaryOf, type FieldErrors } from '../../utils/claim-form/fields';
import { issueTexts } from '../../utils/i18n/error-text';
import { metricLabel } from '../../utils/i18n/pack-labels';
import { formatList, t } from '../../utils/i18n/translate';
import { changedFields, type Rebased, rebaseForm } from '../../utils/manager/claim-conflict';
import { ask, errorOf, RequestFailed } from '../../utils/manager/client';
import { formatValue } from '../../utils/overlay/format';
import { FIRST_VERSION, type SourceSummary, type VersionedClaim } from '../../utils/store/manager/types';
import type { Claim, ClaimChanges } from '../../utils/store/types';
import { ClaimConflict, type EditConflict, fieldText } from './ClaimConflict';
import { ClaimFieldsCore } from './ClaimFieldsCore';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { type ManagerEnv, metricLabelIn } from './manager-env';

export interface ClaimEditorProps {
  env: ManagerEnv;
  /** The claim to edit, with the version it was read at; null to add one. */
  claim: VersionedClaim | null;
  /** Closes the editor; `saved` says whether something was written. */
  onClose: (saved: boolean) => void;
}

const fieldId = (field: ClaimField) => `ct-claim-${field}`;

/**
 * Adds a claim or edits one. Errors name their field, in a summary and beside the field. An edit
 * sends only the fields the reader changed, with the version it started from; when another tab
 * changed or deleted the claim since, nothing is saved and ClaimConflict offers the choices.
 */
export function ClaimEditor({ env, claim, onClose }: ClaimEditorProps) {
  const adding = claim === null;
  /** The stored claim the form started from (a reload moves it to the stored one). */
  const [base, setBase] = useState<VersionedClaim | null>(claim);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [reloaded, setReloaded] = useState<Rebased | null>(null);
  const [form, setForm] = useState<ClaimFormValues>(claim ? claimToForm(claim.claim) : EMPTY_CLAIM_FORM);
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

  /** Asks what the store holds now, after a save was refused over another tab's change. */
  const showConflict = async (id: string) => {
    const current = await ask(env.send, { type: 'getClaim', id });
    setConflict(current ? { kind: 'changed', current, refused: true } : { kind: 'deleted', refused: true });
    env.changed();
  };

  // The store changed while the editor is open (another tab, an import): say so before a save.
  const openedAt = useRef(env.revision);
  useEffect(() => {
    if (!base || conflict || env.revision === openedAt.current) return;
    let live = true;
    ask(env.send, { type: 'getClaim', id: base.claim.id }).then(
      (current) => {
        if (!live || current?.version === base.version) return;
        setConflict(
          current ? { kind: 'changed', current, refused: false } : { kind: 'deleted', refused: false },
        );
      },
      () => {}, // Only a early warning: the save itself still checks the version.
    );
    return () => {
      live = false;
    };
  }, [env.revision]);

  /**
   * Runs a write; a refusal over another tab's change opens the conflict, the store's field
   * issues land on the form, anything else in the page's alert.
   */
  const write = async (run: () => Promise<void>) => {
    setBusy(true);
    try {
      await run();
      env.changed();
      onClose(true);
    } catch (thrown) {
      const error = errorOf(thrown);
      if (base && (error.code === 'conflict' || error.code === 'not-found')) {
        await showConflict(base.claim.id).catch((e: unknown) => env.report(errorOf(e)));
      } else if (thrown instanceof RequestFailed && error.issues?.length) {
        const mapped = claimErrorsFromIssues(issueTexts(error));
        failed(mapped.errors, mapped.other);
      } else env.report(error);
    } finally {
      setBusy(false);
    }
  };

  const what = (claim: Pick<Claim, 'value' | 'qualifier' | 'metric'>) =>
    `${formatValue(claim.value, claim.qualifier)} ${metricLabel(claim.metric, metricLabelIn(env, claim.metric))}`;

  /** Saves the changes over `from` (the claim as the reader last saw it), undoable back to it. */
  const save = (from: VersionedClaim, changes: ClaimChanges) =>
    write(async () => {
      const saved = await ask(env.send, {
        type: 'updateClaim',
        id: from.claim.id,
        baseVersion: from.version,
        changes,
      });
      env.offerUndo(t('claimEditor.saved', { claim: what(saved.claim) }), {
        kind: 'edit',
        before: from.claim,
        beforeVersion: from.version,
        version: saved.version,
      });
    });

  /** The reader's changes to the claim they opened, or the form's errors. */
  const readerChanges = (opened: Claim): ClaimChanges | null => {
    const checked = checkClaimEdit(form, env.claimants);
    if (!checked.ok) {
      failed(checked.errors);
      return null;
    }
    return changedFields(opened, checked.value);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (base) {
      const changes = readerChanges(base.claim);
      if (!changes) return;
      if (Object.keys(changes).length === 0) {
        env.notify(t('claimEditor.nothingToSave'));
        return onClose(false);
      }
      return save(base, changes);
    }
    const checked = checkClaimAdd(form, env.claimants);
    if (!checked.ok) return failed(checked.errors);
    const draft = checked.value;
    return write(async () => {
      const added = await ask(env.send, { type: 'addClaim', claim: draft });
      env.offerUndo(t('claimEditor.added', { claim: what(draft) }), {
        kind: 'added',
        claims: [{ id: added.id, version: FIRST_VERSION }],
      });
    });
  };

  return (
    <EditorFrame
      titleId="ct-claim-editor-title"
      title={adding ? t('manager.addClaim') : t('claimEditor.editTitle')}
      errors={errorSummaryOf(errors, fieldId)}
      other={other}
      onCancel={() => onClose(false)}
    >
      {base && conflict && (
        <ClaimConflict
          env={env}
          conflict={conflict}
          base={base.claim}
          form={form}
          busy={busy}
          onReload={() => {
            if (conflict.kind !== 'changed') return;
            const rebased = rebaseForm(form, base.claim, conflict.current.claim);
            setForm(rebased.form);
            setBase(conflict.current);
            setConflict(null);
            setReloaded(rebased);
          }}
          onOverwrite={() => {
            if (conflict.kind !== 'changed') return;
            const changes = readerChanges(base.claim);
            if (changes) void save(conflict.current, changes);
          }}
          onClose={() => onClose(false)}
        />
      )}
      {reloaded && (
        <p class="ct-reloaded" role="status">
          {t('claimEditor.reloaded')}
          {reloaded.theirs.length > 0 &&
            ` ${t('claimEditor.theirs', {
              fields: formatList(
                reloaded.theirs.map((f) =>
                  t('claimEditor.nowValue', {
                    field: CLAIM_FIELD_LABELS[f],
                    value: fieldText(env, f, reloaded.form),
                  }),
                ),
              ),
            })}`}
          {reloaded.kept.length > 0 &&
            ` ${t('claimEditor.kept', { fields: formatList(reloaded.kept.map((f) => CLAIM_FIELD_LABELS[f])) })}`}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        {adding && (
          <FormField
            id={fieldId('sourceId')}
            label={CLAIM_FIELD_LABELS.sourceId}
            error={errors.sourceId}
            hint={t('claimEditor.sourceHint', { tab: t('manager.tab.sources') })}
          >
            {(attributes) => (
              <select
                {...attributes}
                value={form.sourceId}
                onChange={(event) => update({ sourceId: event.currentTarget.value })}
              >
                <option value="">
                  {sources ? t('claimEditor.chooseSource') : t('claimEditor.loadingSources')}
                </option>
                {(sources ?? []).map(({ source }) => (
                  <option key={source.id} value={source.id}>
                    {source.outlet
                      ? t('claimEditor.sourceOption', { outlet: source.outlet, source: source.label })
                      : source.label}
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
            hint={t('claimEditor.quoteHint')}
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
            hint={t('claimEditor.figureTextHint')}
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
            {adding ? t('claimEditor.add') : t('editor.saveChanges')}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </EditorFrame>
  );
}
