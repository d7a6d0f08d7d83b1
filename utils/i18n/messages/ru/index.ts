/** Русский. Термины: заявитель (кто называет цифру), издание (кто сообщает), сообщение, период, журнал чтения. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const ru: Catalog = { ...page, ...forms, ...manager, ...transfer };
