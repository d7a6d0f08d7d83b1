/**
 * THE message protocol between content scripts, extension pages and the background, split by who
 * may send: page.ts (content scripts), extension-pages.ts (the extension's own pages), tab.ts (to
 * a tab's content script); requests.ts joins the background's two maps and derives the
 * allowlists, shared.ts holds what all share. Import from here ('../messaging/protocol').
 *
 * Content scripts import this folder, so it imports types only from the store (no Dexie, no zod at
 * run time); the background validates requests with the schemas in request-schema.ts, which are
 * checked against these types at compile time.
 */
export * from './extension-pages';
export * from './page';
export * from './requests';
export * from './shared';
export * from './tab';
