import type { ErrorCatalog } from './en';

export const ruErrors: ErrorCatalog = {} as never;
