/** Every language's catalog by its code; English is complete, the others are checked against it. */
import type { UiLanguage } from './languages';
import { az } from './messages/az';
import { de } from './messages/de';
import { type Catalog, en } from './messages/en';
import { fr } from './messages/fr';
import { hy } from './messages/hy';
import { it } from './messages/it';
import { ru } from './messages/ru';
import { tr } from './messages/tr';

export const CATALOGS: Record<UiLanguage, Catalog> = { en, ru, de, fr, it, tr, az, hy };
