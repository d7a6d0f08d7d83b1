/** Türkçe. Terimler: beyan sahibi (rakamı söyleyen), yayın organı (aktaran), haber, dönem, okuma kaydı. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const tr: Catalog = { ...page, ...forms, ...manager, ...transfer };
