/**
 * The subscription list in browser.storage.local; the background is its only writer. Every overlay's
 * getReports asks for it (to name packs), so the background keeps the list it last read or wrote in
 * memory instead of reading storage per request; a change from elsewhere drops that copy.
 */
import { browser } from 'wxt/browser';
import { PACK_SUBSCRIPTIONS_KEY } from '../../messaging/storage-keys';
import type { Subscription } from '../../store/published/subscription';
import type { SubscriptionStorage } from './service';

/** Keeps only entries that look like subscriptions: storage is shared with every extension page. */
function wellFormed(value: unknown): value is Subscription {
  const sub = value as Partial<Subscription> | null;
  return (
    !!sub &&
    typeof sub.id === 'string' &&
    typeof sub.url === 'string' &&
    typeof sub.publisher === 'string' &&
    typeof sub.shards === 'object' &&
    sub.shards !== null
  );
}

let cached: Subscription[] | null = null;
let watching = false;

function watchForOtherWriters(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PACK_SUBSCRIPTIONS_KEY in changes) cached = null;
  });
}

export function browserSubscriptionStorage(): SubscriptionStorage {
  watchForOtherWriters();
  return {
    async read() {
      if (cached) return cached;
      const stored = (await browser.storage.local.get(PACK_SUBSCRIPTIONS_KEY))[PACK_SUBSCRIPTIONS_KEY];
      cached = Array.isArray(stored) ? stored.filter(wellFormed) : [];
      return cached;
    },
    async write(list) {
      await browser.storage.local.set({ [PACK_SUBSCRIPTIONS_KEY]: list });
      cached = list;
    },
  };
}
