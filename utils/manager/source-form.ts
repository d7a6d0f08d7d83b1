/** The source editor's form, checked into a SourceInput with errors that name the field. */

import { errorsFromIssues, type FieldErrors, isIsoDate, isWebAddress } from '../claim-form/fields';
import { liveRecord } from '../i18n/live';
import { t } from '../i18n/translate';
import type { SourceInput } from '../store/manager/types';
import type { Source } from '../store/types';

export interface SourceFormValues {
  label: string;
  outlet: string;
  url: string;
  publishedDate: string;
  language: string;
  kind: 'web' | 'import';
}

export type SourceField = keyof SourceFormValues;

export const SOURCE_FIELD_LABELS: Readonly<Record<SourceField, string>> = liveRecord({
  label: 'sourceField.label',
  outlet: 'sourceField.outlet',
  url: 'sourceField.url',
  publishedDate: 'sourceField.publishedDate',
  language: 'sourceField.language',
  kind: 'sourceField.kind',
});

export const EMPTY_SOURCE_FORM: SourceFormValues = {
  label: '',
  outlet: '',
  url: '',
  publishedDate: '',
  language: 'en',
  kind: 'web',
};

export function sourceToForm(source: Source): SourceFormValues {
  return {
    label: source.label,
    outlet: source.outlet ?? '',
    url: source.url ?? '',
    publishedDate: source.publishedDate ?? '',
    language: source.language,
    kind: source.kind === 'import' ? 'import' : 'web',
  };
}

export type SourceFormResult =
  | { ok: true; value: Omit<SourceInput, 'id'> }
  | { ok: false; errors: FieldErrors<SourceField> };

export function checkSourceForm(form: SourceFormValues): SourceFormResult {
  const errors: FieldErrors<SourceField> = {};
  const label = form.label.trim();
  const outlet = form.outlet.trim();
  const url = form.url.trim();
  const publishedDate = form.publishedDate.trim();
  const language = form.language.trim();
  const L = SOURCE_FIELD_LABELS;
  if (!label) errors.label = t('sourceForm.noTitle', { label: L.label });
  else if (label.length > 500) errors.label = t('field.tooLong', { label: L.label, max: 500 });
  if (outlet.length > 300) errors.outlet = t('field.tooLong', { label: L.outlet, max: 300 });
  if (url && (!isWebAddress(url) || url.length > 2048)) {
    errors.url = t('sourceForm.badUrl', { label: L.url });
  }
  if (publishedDate && !isIsoDate(publishedDate))
    errors.publishedDate = t('sourceForm.badDate', { label: L.publishedDate });
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(language)) {
    errors.language = t('sourceForm.badLanguage', { label: L.language });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      label,
      outlet: outlet || null,
      url: url || null,
      publishedDate: publishedDate || null,
      language,
      kind: form.kind,
    },
  };
}

/** The store's issues on the source's fields, labelled in the UI language of the moment. */
export function sourceErrorsFromIssues(issues: readonly string[]) {
  const fields = Object.fromEntries(
    (Object.keys(SOURCE_FIELD_LABELS) as SourceField[]).map((field) => [
      field,
      { field, label: SOURCE_FIELD_LABELS[field] },
    ]),
  ) as Record<string, { field: SourceField; label: string }>;
  return errorsFromIssues(issues, fields);
}
