import type { ErrorCatalog } from './en';

export const trErrors: ErrorCatalog = {} as never;
