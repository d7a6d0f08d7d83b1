/** The source editor's form, checked into a SourceInput with errors that name the field. */

import { errorsFromIssues, type FieldErrors, isIsoDate, isWebAddress } from '../claim-form/fields';
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

export const SOURCE_FIELD_LABELS: Record<SourceField, string> = {
  label: 'Title',
  outlet: 'Outlet',
  url: 'Address (URL)',
  publishedDate: 'Published',
  language: 'Language',
  kind: 'Kind',
};

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
  if (!label) errors.label = 'Title: give the article a name; its headline will do.';
  else if (label.length > 500) errors.label = 'Title: keep it under 500 characters.';
  if (outlet.length > 300) errors.outlet = 'Outlet: keep it under 300 characters.';
  if (url && (!isWebAddress(url) || url.length > 2048)) {
    errors.url = 'Address (URL): use a web address starting with http:// or https://.';
  }
  if (publishedDate && !isIsoDate(publishedDate))
    errors.publishedDate = 'Published: use the form YYYY-MM-DD, such as 2020-09-27.';
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(language)) {
    errors.language = 'Language: use a language code such as en, ru, hy or az.';
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

const SOURCE_ISSUE_FIELDS = Object.fromEntries(
  (Object.keys(SOURCE_FIELD_LABELS) as SourceField[]).map((field) => [
    field,
    { field, label: SOURCE_FIELD_LABELS[field] },
  ]),
) as Record<string, { field: SourceField; label: string }>;

export function sourceErrorsFromIssues(issues: readonly string[]) {
  return errorsFromIssues(issues, SOURCE_ISSUE_FIELDS);
}
