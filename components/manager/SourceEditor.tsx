import { useState } from 'preact/hooks';
import { errorSummaryOf, type FieldErrors } from '../../utils/claim-form/fields';
import { issueTexts } from '../../utils/i18n/error-text';
import { t } from '../../utils/i18n/translate';
import { ask, errorOf, RequestFailed } from '../../utils/manager/client';
import {
  checkSourceForm,
  EMPTY_SOURCE_FORM,
  type SourceField,
  type SourceFormValues,
  sourceErrorsFromIssues,
  sourceToForm,
} from '../../utils/manager/source-form';
import type { Source } from '../../utils/store/types';
import { EditorFrame } from './EditorFrame';
import type { ManagerEnv } from './manager-env';
import { SourceFields, sourceFieldId } from './SourceFields';

export interface SourceEditorProps {
  env: ManagerEnv;
  /** The source to edit; null to add one. */
  source: Source | null;
  onClose: (saved: boolean) => void;
}

const PREFIX = 'ct-source';

/** Adds a source (an article without its text) or edits one's details. */
export function SourceEditor({ env, source, onClose }: SourceEditorProps) {
  const [form, setForm] = useState<SourceFormValues>(source ? sourceToForm(source) : EMPTY_SOURCE_FORM);
  const [errors, setErrors] = useState<FieldErrors<SourceField>>({});
  const [other, setOther] = useState<string[]>([]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkSourceForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOther([]);
      return;
    }
    try {
      await ask(env.send, {
        type: 'saveSource',
        source: { ...checked.value, ...(source ? { id: source.id } : {}) },
      });
      const label = { source: checked.value.label };
      env.notify(source ? t('sourceEditor.saved', label) : t('sourceEditor.added', label));
      env.changed();
      onClose(true);
    } catch (thrown) {
      const error = errorOf(thrown);
      if (thrown instanceof RequestFailed && error.issues?.length) {
        const mapped = sourceErrorsFromIssues(issueTexts(error));
        setErrors(mapped.errors);
        setOther(mapped.other);
      } else env.report(error);
    }
  };

  return (
    <EditorFrame
      titleId="ct-source-editor-title"
      title={source ? t('sourceEditor.editTitle') : t('sources.add')}
      errors={errorSummaryOf(errors, (field: SourceField) => sourceFieldId(PREFIX, field))}
      other={other}
      onCancel={() => onClose(false)}
    >
      <form onSubmit={submit} noValidate>
        <SourceFields
          form={form}
          errors={errors}
          idPrefix={PREFIX}
          onChange={(changes) => setForm((f) => ({ ...f, ...changes }))}
          showKind={source?.kind !== 'seed'}
        />
        <div class="ct-form-actions">
          <button type="submit" class="ct-primary">
            {source ? t('editor.saveChanges') : t('sourceEditor.add')}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </EditorFrame>
  );
}
