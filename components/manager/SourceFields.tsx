import type { FieldErrors } from '../../utils/claim-form/fields';
import { t } from '../../utils/i18n/translate';
import {
  SOURCE_FIELD_LABELS,
  type SourceField,
  type SourceFormValues,
} from '../../utils/manager/source-form';
import { FormField } from './FormField';

export interface SourceFieldsProps {
  form: SourceFormValues;
  errors: FieldErrors<SourceField>;
  /** Prefix of the controls' ids, so two forms on a page do not clash. */
  idPrefix: string;
  onChange: (changes: Partial<SourceFormValues>) => void;
  /** Seed sources keep their kind: the choice is not offered. */
  showKind?: boolean;
}

export function sourceFieldId(prefix: string, field: SourceField): string {
  return `${prefix}-${field}`;
}

/** Who published an article and where: title, outlet, address, date, language, kind. */
export function SourceFields({ form, errors, idPrefix, onChange, showKind = true }: SourceFieldsProps) {
  const id = (field: SourceField) => sourceFieldId(idPrefix, field);
  return (
    <div class="ct-field-grid">
      <FormField
        id={id('label')}
        label={SOURCE_FIELD_LABELS.label}
        error={errors.label}
        class="ct-field-wide"
      >
        {(attributes) => (
          <input
            {...attributes}
            value={form.label}
            onInput={(event) => onChange({ label: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField
        id={id('outlet')}
        label={SOURCE_FIELD_LABELS.outlet}
        error={errors.outlet}
        hint={t('sourceField.outletHint')}
      >
        {(attributes) => (
          <input
            {...attributes}
            value={form.outlet}
            onInput={(event) => onChange({ outlet: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField id={id('url')} label={SOURCE_FIELD_LABELS.url} error={errors.url}>
        {(attributes) => (
          <input
            {...attributes}
            type="url"
            value={form.url}
            placeholder="https://"
            onInput={(event) => onChange({ url: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField
        id={id('publishedDate')}
        label={SOURCE_FIELD_LABELS.publishedDate}
        error={errors.publishedDate}
        hint={t('sourceField.dateHint')}
      >
        {(attributes) => (
          <input
            {...attributes}
            value={form.publishedDate}
            placeholder="2020-09-27"
            onInput={(event) => onChange({ publishedDate: event.currentTarget.value })}
          />
        )}
      </FormField>
      <FormField
        id={id('language')}
        label={SOURCE_FIELD_LABELS.language}
        error={errors.language}
        hint="en, ru, hy, az…"
      >
        {(attributes) => (
          <input
            {...attributes}
            size={6}
            value={form.language}
            onInput={(event) => onChange({ language: event.currentTarget.value })}
          />
        )}
      </FormField>
      {showKind && (
        <fieldset class="ct-radios">
          <legend>{SOURCE_FIELD_LABELS.kind}</legend>
          <label>
            <input
              type="radio"
              name={`${idPrefix}-kind`}
              checked={form.kind === 'web'}
              onChange={() => onChange({ kind: 'web' })}
            />{' '}
            {t('sourceField.kindWeb')}
          </label>
          <label>
            <input
              type="radio"
              name={`${idPrefix}-kind`}
              checked={form.kind === 'import'}
              onChange={() => onChange({ kind: 'import' })}
            />{' '}
            {t('sourceField.kindOther')}
          </label>
        </fieldset>
      )}
    </div>
  );
}
