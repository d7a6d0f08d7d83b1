/**
 * The keys of browser.storage.local, shared by the background, the popup and the content script.
 * Storage is shared with every extension page, so readers keep only well-formed entries.
 */

/** The hostnames the reader switched marking off for; the popup writes it. */
export const DISABLED_SITES_KEY = 'disabledSites';

/** The sites the reader saved claims from; the background is its only writer (saved-sites-sync.ts). */
export const SAVED_SITES_KEY = 'savedClaimSites';

/** The reader's pack subscriptions; the background is its only writer (subscriptions/storage.ts). */
export const PACK_SUBSCRIPTIONS_KEY = 'packSubscriptions';
/** The reading ledger's settings (consent, excluded sites, expiry); the background is its only writer (ledger-settings.ts). */
export const LEDGER_SETTINGS_KEY = 'readingLedger';
