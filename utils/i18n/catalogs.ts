/**
 * Every language's catalog by its code; English is complete, the others are checked against it.
 * Each is its messages and its error part (messages/errors: what the store and background refuse).
 */
import type { UiLanguage } from './languages';
import { az } from './messages/az';
import { de } from './messages/de';
import { type Catalog, en } from './messages/en';
import { azErrors } from './messages/errors/az';
import { deErrors } from './messages/errors/de';
import { type ErrorCatalog, enErrors } from './messages/errors/en';
import { frErrors } from './messages/errors/fr';
import { hyErrors } from './messages/errors/hy';
import { itErrors } from './messages/errors/it';
import { ruErrors } from './messages/errors/ru';
import { trErrors } from './messages/errors/tr';
import { fr } from './messages/fr';
import { hy } from './messages/hy';
import { it } from './messages/it';
import { ru } from './messages/ru';
import { tr } from './messages/tr';

export type FullCatalog = Catalog & ErrorCatalog;

export const CATALOGS: Record<UiLanguage, FullCatalog> = {
  en: { ...en, ...enErrors },
  ru: { ...ru, ...ruErrors },
  de: { ...de, ...deErrors },
  fr: { ...fr, ...frErrors },
  it: { ...it, ...itErrors },
  tr: { ...tr, ...trErrors },
  az: { ...az, ...azErrors },
  hy: { ...hy, ...hyErrors },
};
