/**
 * Keeps the list of sites with saved claims (browser.storage.local, read by the always-on content
 * script) true to the store after the manager changes it: a site is listed while a source on it
 * has a claim of the reader's own (origin 'user'), whether saved from the page or added in the
 * manager; deleting the last one takes the site off, so its pages stop asking for saved claims.
 */
import { browser } from 'wxt/browser';
import type { RequestType } from '../messaging/protocol';
import { SAVED_SITES_KEY } from '../messaging/storage-keys';
import { siteNameOf } from '../site-names';
import { claimsOfOrigin } from '../store/claim-rows';
import type { CrosstallyDb } from '../store/db';
import { sourcesById } from '../store/query-cache';

/** Requests after which the list may be out of date. */
export const SITE_LIST_WRITES: ReadonlySet<RequestType> = new Set<RequestType>([
  'saveClaim',
  'saveArticle',
  'saveSource',
  'updateClaim',
  'deleteClaims',
  'deleteSource',
  'undoDelete',
  'importApply',
  'resetToSeed',
]);

/** The site names of web sources that hold at least one of the reader's own claims, sorted. */
export async function sitesWithOwnClaims(db: CrosstallyDb): Promise<string[]> {
  const ownSourceIds = new Set<string>();
  for (const claim of await claimsOfOrigin(db, 'user')) ownSourceIds.add(claim.sourceId);
  const sites = new Set<string>();
  // Only the sources of the reader's own claims are read (all of them only when already cached).
  for (const source of (await sourcesById(db, [...ownSourceIds])).values()) {
    if (!source.url || !ownSourceIds.has(source.id)) continue;
    try {
      const url = new URL(source.url);
      if (url.protocol === 'http:' || url.protocol === 'https:') sites.add(siteNameOf(url.hostname));
    } catch {
      // Not a web address (a hand-edited import): no page to anchor on.
    }
  }
  return [...sites].sort();
}

/** Rewrites the stored list when it differs from the store's. */
export async function syncSavedSites(db: CrosstallyDb): Promise<void> {
  const sites = await sitesWithOwnClaims(db);
  const stored = (await browser.storage.local.get(SAVED_SITES_KEY))[SAVED_SITES_KEY];
  const current = Array.isArray(stored) ? [...stored].sort() : [];
  if (JSON.stringify(current) !== JSON.stringify(sites))
    await browser.storage.local.set({ [SAVED_SITES_KEY]: sites });
}
