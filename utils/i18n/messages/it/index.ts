/** Italiano. Termini: dichiarante (chi fornisce una cifra), testata (chi la riporta), resoconto, periodo, registro di lettura. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const it: Catalog = { ...page, ...forms, ...manager, ...transfer };
