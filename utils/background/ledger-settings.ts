/**
 * The reading ledger's settings in browser.storage.local, written only here, by the background:
 * the popup, the manager and the overlay ask it to change them (updateLedgerSettings,
 * setLedgerConsent), like the saved-sites list. Storage is shared with every extension page, so
 * what is read back is checked and anything malformed falls back to "off".
 */
import { browser } from 'wxt/browser';
import { MAX_STORED_SITES } from '../limits';
import { LEDGER_SETTINGS_KEY } from '../messaging/storage-keys';
import { KEEP_DAYS_CHOICES, type KeepDays, type LedgerSettings } from '../store/ledger/types';

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { consent: null, excludedSites: [], keepDays: null };

/** Where the settings live; tests pass an in-memory one. */
export interface LedgerSettingsStore {
  read(): Promise<unknown>;
  write(settings: LedgerSettings): Promise<void>;
}

export const browserLedgerSettingsStore: LedgerSettingsStore = {
  read: async () => (await browser.storage.local.get(LEDGER_SETTINGS_KEY))[LEDGER_SETTINGS_KEY],
  write: (settings) => browser.storage.local.set({ [LEDGER_SETTINGS_KEY]: settings }),
};

/** The stored settings made sound: unknown or malformed fields take their defaults. */
export function ledgerSettingsOf(stored: unknown): LedgerSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_LEDGER_SETTINGS;
  const { consent, excludedSites, keepDays } = stored as Record<string, unknown>;
  return {
    consent: typeof consent === 'boolean' ? consent : null,
    excludedSites: Array.isArray(excludedSites)
      ? excludedSites
          .filter((site): site is string => typeof site === 'string' && site.length > 0)
          .slice(0, MAX_STORED_SITES)
      : [],
    keepDays: (KEEP_DAYS_CHOICES as readonly unknown[]).includes(keepDays) ? (keepDays as KeepDays) : null,
  };
}

export interface LedgerSettingsChange {
  consent?: boolean;
  keepDays?: KeepDays | null;
  site?: { name: string; excluded: boolean };
}

/** The settings after a change; a site is kept lower-case, once. */
export function changedLedgerSettings(
  settings: LedgerSettings,
  change: LedgerSettingsChange,
): LedgerSettings {
  const next = { ...settings };
  if (change.consent !== undefined) next.consent = change.consent;
  if (change.keepDays !== undefined) next.keepDays = change.keepDays;
  if (change.site) {
    const name = change.site.name.toLowerCase();
    const others = settings.excludedSites.filter((site) => site !== name);
    next.excludedSites = change.site.excluded ? [...others, name].slice(-MAX_STORED_SITES) : others;
  }
  return next;
}

export async function readLedgerSettings(store: LedgerSettingsStore): Promise<LedgerSettings> {
  return ledgerSettingsOf(await store.read());
}

export async function updateLedgerSettings(
  store: LedgerSettingsStore,
  change: LedgerSettingsChange,
): Promise<LedgerSettings> {
  const next = changedLedgerSettings(await readLedgerSettings(store), change);
  await store.write(next);
  return next;
}
