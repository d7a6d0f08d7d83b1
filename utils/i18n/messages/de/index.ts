/** Deutsch. Begriffe: Urheber (wer eine Zahl nennt), Medium (wer berichtet), Bericht, Zeitraum, Lesejournal. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const de: Catalog = { ...page, ...forms, ...manager, ...transfer };
