/** Every language's catalog by its code; English is complete, the others are checked against it. */
import type { UiLanguage } from './languages';
import { type Catalog, en } from './messages/en';

export const CATALOGS: Partial<Record<UiLanguage, Catalog>> & { en: Catalog } = { en };
