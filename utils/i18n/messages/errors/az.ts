import type { ErrorCatalog } from './en';

export const azErrors: ErrorCatalog = {} as never;
