/**
 * The scheduled refresh: one hourly alarm; each subscription is refreshed when its own interval
 * (daily by default, reader-settable) has passed. Alarms survive the service worker stopping.
 */
import { browser } from 'wxt/browser';
import type { CrosstallyDb } from '../../store/db';
import { refreshDueSubscriptions } from './service';
import { browserSubscriptionStorage } from './storage';

export const PACK_REFRESH_ALARM = 'crosstally-pack-refresh';
const CHECK_EVERY_MINUTES = 60;

export function installPackRefresh(db: CrosstallyDb, keepAlive: () => Promise<unknown>): void {
  browser.alarms.create(PACK_REFRESH_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PACK_REFRESH_ALARM) return;
    refreshDueSubscriptions({
      db,
      fetch: (input, init) => fetch(input, init),
      storage: browserSubscriptionStorage(),
      now: Date.now,
      beforeChunk: async () => {
        await keepAlive();
      },
    }).catch((error: unknown) => console.error('Crosstally: refreshing pack subscriptions failed', error));
  });
}
