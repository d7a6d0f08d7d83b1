import type { ErrorCatalog } from './en';

export const frErrors: ErrorCatalog = {} as never;
