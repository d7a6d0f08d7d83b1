/** Հայերեն։ Եզրույթներ՝ հայտարարող (ով է թիվը նշում), լրատվամիջոց (ով է հաղորդում), հաղորդում, ժամանակահատված, ընթերցման մատյան։ */
import type { Catalog } from '../en';
import { forms } from './forms';
import { manager } from './manager';
import { page } from './page';
import { transfer } from './transfer';

export const hy: Catalog = { ...page, ...forms, ...manager, ...transfer };
