/** The subscription list in browser.storage.local; the background is its only writer. */
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

export function browserSubscriptionStorage(): SubscriptionStorage {
  return {
    async read() {
      const stored = (await browser.storage.local.get(PACK_SUBSCRIPTIONS_KEY))[PACK_SUBSCRIPTIONS_KEY];
      return Array.isArray(stored) ? stored.filter(wellFormed) : [];
    },
    async write(list) {
      await browser.storage.local.set({ [PACK_SUBSCRIPTIONS_KEY]: list });
    },
  };
}
