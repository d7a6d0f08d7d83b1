/**
 * The store's and the background's errors in the reader's language: the protocol's error carries
 * a key of the error catalog, its parameters and its issues as keys; these render them with the
 * UI language's catalog (English where it lacks a key). An error without a known key (an older
 * background, a page's own words) shows its English message as it came.
 */
import { CATALOGS } from './catalogs';
import {
  type ErrorIssue,
  type ErrorParams,
  errorSentence,
  fillError,
  isErrorKey,
  issueLine,
  type RenderError,
} from './error-messages';
import { getUiLanguage } from './translate';

/** What an error shown to the reader carries (ProtocolError's shape, without the protocol). */
export interface ShownError {
  message: string;
  key?: string;
  params?: ErrorParams;
  issues?: readonly string[];
  reasons?: readonly ErrorIssue[];
}

const renderInUi: RenderError = (key, params) => {
  const language = getUiLanguage();
  return fillError(CATALOGS[language][key] ?? CATALOGS.en[key], params, language);
};

/** The error's sentence in the UI language. */
export function errorText(error: ShownError): string {
  if (!isErrorKey(error.key)) return error.message;
  return errorSentence({ key: error.key, params: error.params, issues: error.reasons }, renderInUi);
}

/** The error's bad fields, one line each ("claims[3].value: ожидался тип number…"), in the UI language. */
export function issueTexts(error: Pick<ShownError, 'issues' | 'reasons'>): string[] {
  const { reasons } = error;
  if (!reasons?.length || !reasons.every((reason) => isErrorKey(reason.key)))
    return [...(error.issues ?? [])];
  return reasons.map((reason) => issueLine(reason, renderInUi));
}
