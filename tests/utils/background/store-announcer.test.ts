/** Open manager tabs learn of every committed write, once per burst, and only of this store's. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceStoreChanges } from '../../../utils/background/store-announcer';
import type { StoreChanged } from '../../../utils/messaging/protocol';
import { claimCount } from '../../../utils/store/claim-rows';
import { deleteClaims } from '../../../utils/store/manager/trash';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb } from '../store/helpers';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function announcements(dbName: string): StoreChanged[] {
  const posted: StoreChanged[] = [];
  stops.push(announceStoreChanges(dbName, (message) => posted.push(message), 5));
  return posted;
}

describe('announceStoreChanges', () => {
  it('announces a committed write, once for writes in quick succession', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 10);
    const posted = announcements(db.name);
    await deleteClaims(db, ['fx-wire#drones_downed@195']);
    await deleteClaims(db, ['fx-wire#tanks_destroyed@68']);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'storeChanged', sequence: 1 }]));
    await deleteClaims(db, ['fx-daily#helicopters_downed@45']);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({ type: 'storeChanged', sequence: 2 });
  });

  it('says nothing about reads, or about another database', async () => {
    const db = freshDb();
    const other = freshDb();
    await seedStore(db, fixturePack(), 10);
    const posted = announcements(db.name);
    await seedStore(other, fixturePack(), 10);
    await claimCount(db);
    // Ten times the hold-back: an announcement of those would have gone out by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted).toEqual([]);
    // A write to the watched store afterwards is announced: the silence above was not a dead hook.
    await deleteClaims(db, ['fx-wire#drones_downed@195']);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
  });

  it('holds its announcement while an import is writing, then announces once', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 10);
    const posted: StoreChanged[] = [];
    let importing = true;
    stops.push(
      announceStoreChanges(
        db.name,
        (message) => posted.push(message),
        5,
        () => importing,
      ),
    );
    await deleteClaims(db, ['fx-wire#drones_downed@195']);
    await deleteClaims(db, ['fx-wire#tanks_destroyed@68']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted).toEqual([]);
    importing = false;
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'storeChanged', sequence: 1 }]));
  });
});
