/**
 * English: the complete catalog and the fallback of every other language. Keys are grouped by
 * where the words are shown. A key whose value is an object is counted (tn): one form per CLDR
 * plural category. `manifest.*` keys are also written to public/_locales (utils/node/i18n).
 * Terms: a claimant says a figure; an outlet reports it; a report is one outlet's figure; the
 * period is the time a figure counts; the ledger keeps the figures of pages the reader read.
 */

import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const en = { ...page, ...forms, ...manager, ...transfer } as const;

type English = typeof en;
export type MessageKey = keyof English;
/** Keys of plain messages (t). */
export type TextKey = { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey];
/** Keys of counted messages (tn). */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** What every other language's catalog must be: the same keys, plain where English is plain. */
export type CatalogPart<English extends object> = {
  readonly [K in keyof English]: English[K] extends string ? string : import('../../types').PluralForms;
};

export type Catalog = {
  readonly [K in MessageKey]: English[K] extends string ? string : import('../../types').PluralForms;
};
