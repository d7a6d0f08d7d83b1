/**
 * Parsing of form fields shared by the claim forms (claim-form.ts) and the manager's other forms, and errors that name the field they are
 * about ("Value: enter a number of 0 or more"), whether found here or by the store.
 */

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** "2020-09-27" and real dates only (no 31 February). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A figure's number as typed: "1,200", "1 200" and "2.5" read; anything else is NaN. Empty is null. */
export function parseFigureValue(text: string): number | null {
  const compact = text.trim().replace(/[,\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return /^\d+(?:\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(text);
  } catch {
    return false;
  }
}

/**
 * Field errors from the store's issues ("request.claim.value: expected number", "claims[2].value: ...").
 * `fields` maps the last name of a path to a form field and its label; unknown paths go to `other`
 * (without the "request." the request's schema puts before them).
 */
export function errorsFromIssues<F extends string>(
  issues: readonly string[],
  fields: Readonly<Record<string, { field: F; label: string }>>,
): { errors: FieldErrors<F>; other: string[] } {
  const errors: FieldErrors<F> = {};
  const other: string[] = [];
  for (const raw of issues) {
    // The request's schema checks first ("request.claim.value: ..."), the store after ("claim.value: ...").
    const issue = raw.replace(/^request\./, '');
    const match = /^([^:]*?)([A-Za-z]+)(?:\[\d+\])?(?:\.(?:id|label|party))?: (.*)$/.exec(issue);
    const known = match ? fields[match[2] as string] : undefined;
    if (match && known) errors[known.field] ??= `${known.label}: ${match[3]}`;
    else other.push(issue);
  }
  return { errors, other };
}

/** The errors of a form as its error summary lists them: each with the id of its control. */
export function errorSummaryOf<F extends string>(
  errors: FieldErrors<F>,
  fieldId: (field: F) => string,
): { fieldId: string; message: string }[] {
  return (Object.keys(errors) as F[]).flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });
}
