import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionContext, handleRequest } from '../../../utils/background/handler';
import { sitesWithOwnClaims, syncSavedSites } from '../../../utils/background/saved-sites-sync';
import { SAVED_SITES_KEY } from '../../../utils/messaging/storage-keys';
import type { CrosstallyDb } from '../../../utils/store/db';
import { deleteClaims, undoDelete } from '../../../utils/store/manager/trash';
import { saveClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb } from '../store/helpers';
import { helicopterDraft as draft, webSource as source } from './web-claims';

let db: CrosstallyDb;

const storedSites = async () => (await fakeBrowser.storage.local.get(SAVED_SITES_KEY))[SAVED_SITES_KEY];

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

describe('the sites with the reader’s own claims', () => {
  it('are the web sites of sources holding a claim of origin user, never seed sources', async () => {
    expect(await sitesWithOwnClaims(db)).toEqual([]);
    await saveClaim(db, draft('web:a'), source('web:a', 'https://www.cbw.example/markets/oil'));
    await saveClaim(db, draft('web:b'), source('web:b', 'https://news.example/x'));
    await saveClaim(db, draft('web:c'), source('web:c', null));
    expect(await sitesWithOwnClaims(db)).toEqual(['cbw.example', 'news.example']);
  });

  it('leave the stored list when their last claim is deleted, and come back on undo', async () => {
    const saved = await saveClaim(db, draft('web:a'), source('web:a', 'https://cbw.example/markets/oil'));
    await fakeBrowser.storage.local.set({ [SAVED_SITES_KEY]: ['cbw.example', 'stale.example'] });
    await syncSavedSites(db);
    expect(await storedSites()).toEqual(['cbw.example']);

    const deleted = await deleteClaims(db, [saved.id]);
    await syncSavedSites(db);
    expect(await storedSites()).toEqual([]);
    if (!deleted.undoToken) throw new Error('the delete kept nothing to undo');
    await undoDelete(db, deleted.undoToken);
    await syncSavedSites(db);
    expect(await storedSites()).toEqual(['cbw.example']);
  });

  it('are synced by the running extension’s handler after a delete from the manager', async () => {
    const saved = await saveClaim(db, draft('web:a'), source('web:a', 'https://cbw.example/markets/oil'));
    await fakeBrowser.storage.local.set({ [SAVED_SITES_KEY]: ['cbw.example'] });
    const context = extensionContext();
    const manager = { id: context.extensionId, url: `${context.extensionOrigin}options.html` };
    const reply = await handleRequest(db, { type: 'deleteClaims', ids: [saved.id] }, manager, context);
    expect(reply.ok).toBe(true);
    expect(await storedSites()).toEqual([]);
  });
});
