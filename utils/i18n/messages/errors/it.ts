import type { ErrorCatalog } from './en';

export const itErrors: ErrorCatalog = {} as never;
