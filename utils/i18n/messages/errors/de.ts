import type { ErrorCatalog } from './en';

export const deErrors: ErrorCatalog = {} as never;
