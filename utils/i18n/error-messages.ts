/**
 * The store's and the background's errors as keys of the error catalog (messages/errors) and the
 * sentences they make. Pure and free of the UI language, so the store may import it (the layer
 * table lets utils/store reach this one file of utils/i18n): the store writes its English message
 * with englishError, the UI renders the same key in the reader's language (error-text.ts).
 */
import { fillTemplate } from './fill';
import type { UiLanguage } from './languages';
import { type ErrorKey, enErrors } from './messages/errors/en';

export type { ErrorKey };

/** A list parameter, written as a list in the message's language ("1 and 2", "1 или 2"). */
export interface ErrorList {
  list: readonly (string | number)[];
  joined: 'and' | 'or';
}

/** Values for an error's {placeholders}. */
export type ErrorParams = Readonly<Record<string, string | number | ErrorList>>;

/** One bad field: its path ("claims[3].value", or '' for none) and the reason, as a key. */
export interface ErrorIssue {
  path: string;
  key: ErrorKey;
  params?: ErrorParams;
  /** The claim the field belongs to, named by id ("… (claim "a#b@1")"). */
  claim?: string;
  /** The source whose stored text (not one in the file) the reason is about. */
  storedText?: string;
}

export function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === 'string' && Object.hasOwn(enErrors, key);
}

/** An error's template filled in `language` (lists joined in its words, numbers in its digits). */
export function fillError(template: string, params: ErrorParams | undefined, language: UiLanguage): string {
  if (!params) return template;
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    flat[name] =
      typeof value === 'object'
        ? new Intl.ListFormat(language, {
            style: 'long',
            type: value.joined === 'or' ? 'disjunction' : 'conjunction',
          }).format(value.list.map(String))
        : value;
  }
  return fillTemplate(template, flat, language);
}

/** An issue as one line: "claims[3].value: expected number, received string". */
export function issueLine(issue: ErrorIssue, render: RenderError): string {
  let reason = render(issue.key, issue.params);
  if (issue.claim !== undefined) reason = render('error.issue.ofClaim', { reason, id: issue.claim });
  if (issue.storedText !== undefined)
    reason = render('error.issue.inStoredText', { reason, source: issue.storedText });
  return issue.path ? `${issue.path}: ${reason}` : reason;
}

/** How a key becomes words in one language. */
export type RenderError = (key: ErrorKey, params?: ErrorParams) => string;

const renderEnglish: RenderError = (key, params) => fillError(enErrors[key], params, 'en');

/**
 * An error's sentence. A template's {issue} is the error's first issue as a line ("Invalid claim:
 * claim.value: expected number, received string"), so the issue is translated with the sentence.
 */
export function errorSentence(
  error: { key: ErrorKey; params?: ErrorParams; issues?: readonly ErrorIssue[] },
  render: RenderError,
): string {
  const first = error.issues?.[0];
  return render(error.key, first ? { issue: issueLine(first, render), ...error.params } : error.params);
}

/** The English sentence of an error: what logs, tests and the `message` of a StoreError carry. */
export function englishError(key: ErrorKey, params?: ErrorParams, issues?: readonly ErrorIssue[]): string {
  return errorSentence({ key, params, issues }, renderEnglish);
}

/** The English line of an issue. */
export function englishIssue(issue: ErrorIssue): string {
  return issueLine(issue, renderEnglish);
}
