/** Français. Termes : déclarant (qui avance un chiffre), média (qui le rapporte), mention, période, journal de lecture. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const fr: Catalog = { ...page, ...forms, ...manager, ...transfer };
