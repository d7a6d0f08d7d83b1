/**
 * The sites the reader saved claims from, kept in browser.storage.local, so a page asks the
 * background for its saved claims only on those sites: every other page sends nothing (and, in
 * MV3, wakes no service worker). A site stays listed after its claims are deleted; that costs
 * one empty answer per page load there, never a missed claim.
 */
import { browser } from 'wxt/browser';
import { MAX_STORED_SITES } from '../limits';
import { SAVED_SITES_KEY } from '../messaging/storage-keys';
import { isSameSite } from '../site-names';

/** The stored list, keeping only strings (storage is shared with every extension page). */
export function savedSiteList(stored: unknown): string[] {
  return Array.isArray(stored)
    ? stored
        .filter((site): site is string => typeof site === 'string' && site.length > 0)
        .slice(0, MAX_STORED_SITES)
    : [];
}

/** Whether the page at `url` is on a site with saved claims (subdomains count, as for canonical URLs). */
export function isSavedSite(sites: readonly string[], url: string): boolean {
  const page = new URL(url);
  return sites.some((site) => {
    try {
      return isSameSite(new URL(`https://${site}/`), page);
    } catch {
      return false; // not a host name: a hand-edited entry
    }
  });
}

export async function readSavedSites(): Promise<string[]> {
  return savedSiteList((await browser.storage.local.get(SAVED_SITES_KEY))[SAVED_SITES_KEY]);
}
