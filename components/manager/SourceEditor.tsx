import { useEffect, useRef, useState } from 'preact/hooks';
import { ask, errorOf, RequestFailed } from '../../utils/manager/client';
import type { FieldErrors } from '../../utils/manager/fields';
import {
  checkSourceForm,
  EMPTY_SOURCE_FORM,
  type SourceField,
  type SourceFormValues,
  sourceErrorsFromIssues,
  sourceToForm,
} from '../../utils/manager/source-form';
import type { Source } from '../../utils/store/types';
import { ErrorSummary } from './ErrorSummary';
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

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
      env.notify(source ? `Saved “${checked.value.label}”.` : `Added the source “${checked.value.label}”.`);
      env.changed();
      onClose(true);
    } catch (thrown) {
      const error = errorOf(thrown);
      if (thrown instanceof RequestFailed && error.issues?.length) {
        const mapped = sourceErrorsFromIssues(error.issues);
        setErrors(mapped.errors);
        setOther(mapped.other);
      } else env.report(error);
    }
  };

  const summary = (Object.keys(errors) as SourceField[]).map((field) => ({
    fieldId: sourceFieldId(PREFIX, field),
    message: errors[field] as string,
  }));
  return (
    <section
      class="ct-editor"
      aria-labelledby="ct-source-editor-title"
      onKeyDown={(event) => event.key === 'Escape' && onClose(false)}
    >
      <h2 id="ct-source-editor-title" ref={heading} tabIndex={-1}>
        {source ? 'Edit source' : 'Add a source'}
      </h2>
      <ErrorSummary errors={summary} other={other} />
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
            {source ? 'Save changes' : 'Add source'}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
