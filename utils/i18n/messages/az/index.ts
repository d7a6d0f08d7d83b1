/** Azərbaycan dili. Terminlər: bəyanat sahibi (rəqəmi deyən), media orqanı (xəbər verən), xəbər, dövr, oxu jurnalı. */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const az: Catalog = { ...page, ...forms, ...manager, ...transfer };
