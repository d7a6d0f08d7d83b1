import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserSubscriptionStorage } from '../../../../utils/background/subscriptions/storage';
import { PACK_SUBSCRIPTIONS_KEY } from '../../../../utils/messaging/storage-keys';
import type { Subscription } from '../../../../utils/store/published/subscription';

/** A subscription as the version before the error catalog kept it: its last error in English words. */
const savedBefore = {
  id: 'old1',
  url: 'https://packs.example/nk.json',
  publisher: 'Packs Example',
  title: 'Karabakh figures',
  publicKey: null,
  pendingKey: null,
  subscribedAt: 1,
  lastGoodAt: 1,
  lastCheckedAt: 2,
  lastError: 'https://packs.example/nk.json answered HTTP 500.',
  etag: null,
  lastModified: null,
  intervalHours: 24,
  claims: 3,
  shards: {},
};

beforeEach(() => fakeBrowser.reset());

describe('the stored subscriptions', () => {
  it('keep a record saved with a plain-string error readable as it was, beside one with a key', async () => {
    const withKey: Subscription = {
      ...savedBefore,
      id: 'new1',
      url: 'https://packs.example/other.json',
      lastError: {
        key: 'error.fetchHttp',
        params: { url: 'https://packs.example/other.json', status: '500' },
        message: 'x',
      },
    };
    await fakeBrowser.storage.local.set({ [PACK_SUBSCRIPTIONS_KEY]: [savedBefore, withKey] });
    const list = await browserSubscriptionStorage().read();
    expect(list.map((sub) => sub.lastError)).toEqual([savedBefore.lastError, withKey.lastError]);
  });
});
