/**
 * The per-site "marking off" switch, kept in browser.storage.local under `disabledSites` as a list
 * of hostnames. The popup writes it; the content script reads it at start and follows changes.
 */
import { browser } from 'wxt/browser';
import { MAX_STORED_SITES } from '../limits';
import { DISABLED_SITES_KEY, SAVED_SITES_KEY } from '../messaging/storage-keys';
import { savedSiteList } from './saved-claims-sites';

/** The stored list, keeping only hostnames (storage is shared with every extension page). */
export function siteList(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((site): site is string => typeof site === 'string' && site.length > 0)
    .slice(0, MAX_STORED_SITES);
}

export function isSiteDisabled(stored: unknown, hostname: string): boolean {
  return siteList(stored).includes(hostname.toLowerCase());
}

/** The list after switching marking on or off for `hostname`. */
export function withSiteEnabled(stored: unknown, hostname: string, enabled: boolean): string[] {
  const host = hostname.toLowerCase();
  const others = siteList(stored).filter((site) => site !== host);
  return enabled ? others : [...others, host];
}

export async function readDisabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
  return siteList(stored[DISABLED_SITES_KEY]);
}

/** What the always-on content script needs at start, in one storage read. */
export interface SiteLists {
  /** Sites the reader switched marking off for. */
  disabled: string[];
  /** Sites the reader saved claims from. */
  saved: string[];
}

export async function readSiteLists(): Promise<SiteLists> {
  const stored = await browser.storage.local.get([DISABLED_SITES_KEY, SAVED_SITES_KEY]);
  return { disabled: siteList(stored[DISABLED_SITES_KEY]), saved: savedSiteList(stored[SAVED_SITES_KEY]) };
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const current = await readDisabledSites();
  await browser.storage.local.set({ [DISABLED_SITES_KEY]: withSiteEnabled(current, hostname, enabled) });
}

/** Calls `onChange(enabled)` when the switch of `hostname` flips; stops when `signal` aborts. */
export function watchSiteSwitch(
  hostname: string,
  onChange: (enabled: boolean) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ): void => {
    const change = changes[DISABLED_SITES_KEY];
    if (area !== 'local' || !change) return;
    const was = isSiteDisabled(change.oldValue, hostname);
    const is = isSiteDisabled(change.newValue, hostname);
    if (was !== is) onChange(!is);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
