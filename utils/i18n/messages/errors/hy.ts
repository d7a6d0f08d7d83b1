import type { ErrorCatalog } from './en';

export const hyErrors: ErrorCatalog = {} as never;
