import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { installCheckTriggers, retitleCheckMenu } from '../utils/background/check-trigger';
import { expireOnStart } from '../utils/background/ledger-requests';
import { browserLedgerSettingsStore } from '../utils/background/ledger-settings';
import { createRequestListener, listenForPostedRequests } from '../utils/background/listener';
import { ANNOUNCE_DELAY_MS, announceStoreChanges } from '../utils/background/store-announcer';
import { installPackRefresh } from '../utils/background/subscriptions/schedule';
import { STORE_CHANGES_CHANNEL } from '../utils/messaging/protocol';
import { CrosstallyDb } from '../utils/store/db';
import { ensureNoInterruptedImport, importRunning } from '../utils/store/import-journal';
import { ensureSeeded } from '../utils/store/seed';
import { followUiLanguage } from '../utils/ui-language/setting';

export default defineBackground(() => {
  const db = new CrosstallyDb();
  // An import cut short when the last worker stopped is undone at once.
  ensureNoInterruptedImport(db).catch((error: unknown) =>
    console.error('Crosstally: undoing an interrupted import failed', error),
  );
  // Read articles past the reader's expiry go at start-up and before each save (no alarms permission).
  expireOnStart(db, browserLedgerSettingsStore).catch((error: unknown) =>
    console.error('Crosstally: expiring read articles failed', error),
  );
  // End-to-end tests make the disk "full" from the worker's console (write-faults.ts); no page
  // can reach a service worker's globals.
  Object.defineProperty(globalThis, 'crosstallyWriteFaults', { value: db.faults });
  // Install and update write the (new) seed; a request arriving first shares the same seeding.
  browser.runtime.onInstalled.addListener(() => {
    ensureSeeded(db).catch((error: unknown) => console.error('Crosstally: seeding failed', error));
  });
  browser.runtime.onMessage.addListener(createRequestListener(db));
  // A pack file's text, posted by the manager to the service worker itself (listener.ts).
  listenForPostedRequests(db);
  // Open manager tabs follow the store: they reload their lists and counts on this.
  const storeChanges = new BroadcastChannel(STORE_CHANGES_CHANNEL);
  announceStoreChanges(
    db.name,
    (message) => storeChanges.postMessage(message),
    ANNOUNCE_DELAY_MS,
    () => importRunning(db),
  );
  // "Check this figure": the context menu item and the keyboard shortcut.
  installCheckTriggers();
  // The menu item's title follows the language setting (created in it, retitled on a change).
  void followUiLanguage(() => retitleCheckMenu());
  // Subscribed packs refresh on their schedule.
  installPackRefresh(db, () => browser.runtime.getPlatformInfo());
});
