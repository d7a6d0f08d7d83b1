/**
 * The background's answers to the reading ledger's requests. Whether a page is kept is decided
 * here, from what the browser says of the sender (its tab's `incognito`: never the page's word)
 * and the reader's settings: nothing from a private window, an excluded site, or while the
 * ledger is off (unless the reader pressed "Save this page's figures"), and nothing without a figure.
 * Read articles past the reader's expiry are forgotten before each save (and at start-up).
 */

import type { LedgerOverview, RequestOf, ResponseData } from '../messaging/protocol';
import { siteNameOf } from '../site-names';
import type { CrosstallyDb } from '../store/db';
import { correctReadClaim } from '../store/ledger/correct';
import {
  expireReadings,
  forgetAllRead,
  forgetSite,
  ledgerCounts,
  removeReadClaim,
} from '../store/ledger/forget';
import { articleKeys } from '../store/ledger/keys';
import { figuresInLedger, recordReading } from '../store/ledger/record';
import type { LedgerSettings, NotRecordedReason, RecordOutcome } from '../store/ledger/types';
import {
  type LedgerSettingsChange,
  type LedgerSettingsStore,
  readLedgerSettings,
  updateLedgerSettings,
} from './ledger-settings';

/** What the browser says of a request's sender tab (runtime.MessageSender.tab). */
export interface SenderTab {
  incognito?: boolean;
}

type LedgerRequestType =
  | 'recordReading'
  | 'setLedgerConsent'
  | 'forgetReadClaim'
  | 'correctReadClaim'
  | 'ledgerSettings'
  | 'updateLedgerSettings'
  | 'forgetReadSite'
  | 'forgetAllRead';

export type LedgerHandlers = {
  [T in LedgerRequestType]: (request: RequestOf<T>) => Promise<ResponseData<T>>;
};

/** Settings changes one after another: two quick clicks must not lose one of them. */
const settingsQueues = new WeakMap<LedgerSettingsStore, Promise<unknown>>();

function queued<T>(store: LedgerSettingsStore, work: () => Promise<T>): Promise<T> {
  const next = (settingsQueues.get(store) ?? Promise.resolve()).then(work, work);
  settingsQueues.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}

function siteOf(url: string): string {
  return siteNameOf(new URL(url).hostname);
}

/** Why this page may not be kept now, or null when it may. */
export function refusal(
  settings: LedgerSettings,
  site: string,
  tab: SenderTab | undefined,
  figures: number,
  save: boolean,
): NotRecordedReason | null {
  if (tab?.incognito !== false) return 'private';
  if (settings.excludedSites.includes(site)) return 'excluded';
  if (!save && settings.consent === null) return 'undecided';
  if (!save && !settings.consent) return 'off';
  if (figures === 0) return 'no-figures';
  return null;
}

/** Forgets read articles past the reader's expiry: at start-up (no `alarms` permission to wake us). */
export async function expireOnStart(db: CrosstallyDb, store: LedgerSettingsStore, now = Date.now()) {
  const { keepDays } = await readLedgerSettings(store);
  return expireReadings(db, keepDays, now);
}

export function ledgerHandlers(
  db: CrosstallyDb,
  store: LedgerSettingsStore,
  tab: SenderTab | undefined,
  now: () => number = Date.now,
): LedgerHandlers {
  const overview = async (settings: LedgerSettings): Promise<LedgerOverview> => ({
    ...settings,
    ...(await ledgerCounts(db)),
  });
  const change = (request: LedgerSettingsChange) => queued(store, () => updateLedgerSettings(store, request));
  return {
    recordReading: async (r): Promise<RecordOutcome> => {
      const settings = await readLedgerSettings(store);
      const site = siteOf(r.page.url);
      const stored = r.storedAs ? await db.sources.get(r.storedAs) : undefined;
      const reason =
        refusal(settings, site, tab, r.figures.length, r.save === true) ??
        (stored && stored.kind !== 'read' ? 'in-store' : null);
      if (reason) {
        // A private window learns nothing of the ledger either.
        const held = reason === 'private' ? null : await figuresInLedger(db, articleKeys(r.page));
        return {
          recorded: false,
          reason,
          inLedger: held?.count ?? 0,
          consent: settings.consent,
          ...(held ? { sourceId: held.sourceId } : {}),
        };
      }
      await expireReadings(db, settings.keepDays, now());
      return recordReading(db, { page: r.page, site, figures: r.figures }, now());
    },
    setLedgerConsent: (r) => change({ consent: r.consent }),
    forgetReadClaim: (r) => removeReadClaim(db, r.claimId, now()),
    correctReadClaim: (r) =>
      correctReadClaim(
        db,
        r.claimId,
        { value: r.value, ...(r.side !== undefined ? { side: r.side } : {}) },
        now(),
      ),
    ledgerSettings: async () => overview(await readLedgerSettings(store)),
    updateLedgerSettings: async (r) => {
      const { type: _type, ...request } = r;
      const settings = await change(request);
      // A shorter expiry applies at once, not at the next save.
      if (request.keepDays !== undefined) await expireReadings(db, settings.keepDays, now());
      return overview(settings);
    },
    forgetReadSite: (r) => forgetSite(db, r.site),
    forgetAllRead: () => forgetAllRead(db),
  };
}
