import { describe, expect, it } from 'vitest';
import type { ClaimPackInput } from '../../../utils/store/claim-pack/schema';
import { claimCount, claimRow } from '../../../utils/store/claim-rows';
import { CrosstallyDb } from '../../../utils/store/db';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import {
  bundledSeedPack,
  ensureSeeded,
  resetToSeed,
  seedStore,
  seedVersionOf,
} from '../../../utils/store/seed';
import { fixturePack, freshDb, must, nth, snapshot } from './helpers';

const helicopterOf = (pack: ClaimPackInput, claimant: string) =>
  must(pack.claims.find((c) => c.metric === 'helicopters_downed' && c.claimant?.id === claimant));

describe('seeding', () => {
  it('writes every seed claim, source and document', async () => {
    const db = freshDb();
    const pack = fixturePack();
    const result = await seedStore(db, pack, 10);
    expect(result).toMatchObject({ applied: true, added: pack.claims.length, updated: 0, removed: 0 });
    const stored = await snapshot(db);
    expect(stored.claims.map((c) => c.id)).toEqual(pack.claims.map((c) => c.id).sort());
    expect(stored.claims.every((c) => c.origin === 'seed')).toBe(true);
    expect(stored.sources.every((s) => s.kind === 'seed')).toBe(true);
    expect(stored.documents).toHaveLength(must(pack.documents).length);
  });

  it('writes nothing the second time (same seed version)', async () => {
    const db = freshDb();
    const pack = fixturePack();
    await seedStore(db, pack, 10);
    const before = await snapshot(db);
    const again = await seedStore(db, pack, 99);
    expect(again.applied).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('seeds once when install and the first request race, even from two handles', async () => {
    const pack = fixturePack();
    const db = freshDb();
    const other = new CrosstallyDb(db.name);
    const [a, b, c] = await Promise.all([
      ensureSeeded(db, pack),
      ensureSeeded(db, pack),
      seedStore(other, pack),
    ]);
    expect(a).toBe(b);
    expect([a.applied, c.applied].filter(Boolean)).toHaveLength(1);
    expect(await claimCount(db)).toBe(pack.claims.length);
    other.close();
  });

  it('keeps edits and deletions of seed claims across a seed update, and adds new seed claims', async () => {
    const db = freshDb();
    const v1 = fixturePack();
    await seedStore(db, v1, 10);
    const edited = helicopterOf(v1, 'nk_mod');
    const deleted = helicopterOf(v1, 'az_mod');
    await updateClaim(db, edited.id, { value: 5, note: 'corrected after the broadcast' }, 20);
    await deleteClaim(db, deleted.id, 21);

    const v2 = fixturePack();
    const added = { ...nth(v2.claims, 0), id: 'fx-wire#aircraft_downed@0', metric: 'aircraft_downed' };
    v2.claims.push(added);
    for (const claim of v2.claims) if (claim.id === edited.id || claim.id === deleted.id) claim.value = 7;
    const result = await seedStore(db, v2, 30);

    expect(result).toMatchObject({ applied: true, added: 1, keptUserChanges: 2 });
    expect(result.version).not.toBe(seedVersionOf(v1));
    const stillEdited = await claimRow(db, edited.id);
    expect(stillEdited).toMatchObject({ value: 5, note: 'corrected after the broadcast', editedAt: 20 });
    expect(await claimRow(db, deleted.id)).toBeUndefined();
    expect(await claimRow(db, added.id)).toMatchObject({ origin: 'seed', metric: 'aircraft_downed' });
  });

  it('updates unedited seed claims and drops those no longer in the seed', async () => {
    const db = freshDb();
    const v1 = fixturePack();
    await seedStore(db, v1, 10);
    const v2 = fixturePack();
    const [changed, dropped] = [nth(v2.claims, 0), nth(v2.claims, 1)];
    changed.value = 3;
    v2.claims = v2.claims.filter((claim) => claim !== dropped);
    const result = await seedStore(db, v2, 20);
    expect(result).toMatchObject({ updated: 1, removed: 1, added: 0 });
    expect((await claimRow(db, changed.id))?.value).toBe(3);
    expect((await claimRow(db, changed.id))?.createdAt).toBe(nth(v1.claims, 0).createdAt);
    expect(await claimRow(db, dropped.id)).toBeUndefined();
  });

  it('resets the store to the seed, undoing edits and deletions', async () => {
    const db = freshDb();
    const pack = fixturePack();
    await seedStore(db, pack, 10);
    const pristine = await snapshot(db);
    await updateClaim(db, nth(pack.claims, 0).id, { value: 99 });
    await deleteClaim(db, nth(pack.claims, 1).id);
    await resetToSeed(db, pack, 10);
    expect(await snapshot(db)).toEqual(pristine);
  });

  it('ships a bundled seed that is a valid claim pack', () => {
    const seed = bundledSeedPack();
    expect(seed.format).toBe('crosstally-claim-pack');
    expect(seed.claims.every((claim) => seed.sources.some((s) => s.id === claim.sourceId))).toBe(true);
  });
});
