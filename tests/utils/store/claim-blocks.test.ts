/**
 * Claim blocks (schema 11): an import writes its claims 32 to a row. A reader must not be able to
 * tell: every read of claim-rows.ts answers for a store whose imported claims are in blocks
 * exactly as for the same claims stored as rows, and a claim written again or deleted leaves its
 * block (never stored twice, never lost).
 */
import { describe, expect, it, vi } from 'vitest';
import { BLOCK_CLAIMS, blockOf } from '../../../utils/store/claim-blocks';
import * as read from '../../../utils/store/claim-rows';
import type { CrosstallyDb, StoredClaim } from '../../../utils/store/db';
import { fromStoredClaim } from '../../../utils/store/db';
import { applyImport } from '../../../utils/store/import-export';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import { putClaims, putSources, writeTables } from '../../../utils/store/writes';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { freshDb, must, nth } from './helpers';

const pack = claimPackGenerator(41).pack(0, 1_000);

/** The seed, then the pack imported (its claims in blocks). */
async function withBlocks(): Promise<CrosstallyDb> {
  const db = freshDb();
  await seedStore(db);
  await applyImport(db, pack, { now: 5 });
  return db;
}

/** The same store with every claim a row: the blocked store's claims put back one row each. */
async function asRows(blocked: CrosstallyDb): Promise<CrosstallyDb> {
  const db = freshDb();
  const claims = (await read.allClaimRows(blocked)).map(fromStoredClaim);
  const sources = await blocked.sources.toArray();
  await db.transaction('rw', writeTables(db), async () => {
    await putSources(db, sources);
    await putClaims(db, claims);
  });
  return db;
}

const ids = (claims: (StoredClaim | undefined)[]) => claims.map((claim) => claim?.id);
const withoutStoreFields = (claims: (StoredClaim | undefined)[]) =>
  claims.map((claim) => claim && fromStoredClaim(claim));

describe('claim blocks', () => {
  it('hold an import’s claims, at most BLOCK_CLAIMS each, and no claim row', async () => {
    const db = await withBlocks();
    const blocks = await db.claimBlocks.toArray();
    const inBlocks = blocks.flatMap((block) => block.ids);
    expect(inBlocks.sort()).toEqual(pack.claims.map((claim) => claim.id).sort());
    expect(blocks.every((block) => block.claims.length <= BLOCK_CLAIMS)).toBe(true);
    expect(blocks.length).toBeGreaterThanOrEqual(Math.ceil(pack.claims.length / BLOCK_CLAIMS));
    expect(await db.claims.where('origin').equals('import').count()).toBe(0);
    expect(await read.claimCount(db)).toBe((await db.claims.count()) + pack.claims.length);
  });

  it('answer every read as the same claims stored as rows do', async () => {
    const db = await withBlocks();
    const rows = await asRows(db);
    expect(await rows.claimBlocks.count()).toBe(0);
    const claims = pack.claims;
    const someIds = [...claims.filter((_c, i) => i % 37 === 0).map((c) => c.id), 'no-such-claim'];
    const source = nth(claims, 10).sourceId;
    const metric = nth(claims, 20).metric;
    const valued = must(claims.find((claim) => claim.value !== null));
    const sorted = claims.map((claim) => claim.id).sort();
    const [low, high] = [nth(sorted, 100), nth(sorted, 180)];
    const ask = async (store: CrosstallyDb) => ({
      one: withoutStoreFields([await read.claimRow(store, nth(claims, 3).id)]),
      some: withoutStoreFields(await read.claimRows(store, someIds)),
      all: ids(await read.allClaimRows(store)),
      count: await read.claimCount(store),
      page: await read.claimIdPage(store, 250, 40),
      between: await read.claimIdsBetween(store, low, high, 1_000),
      betweenCapped: await read.claimIdsBetween(store, low, high, 7),
      ofSource: withoutStoreFields(await read.claimsOfSource(store, source)),
      idsOfSource: await read.claimIdsOfSource(store, source),
      countOfSource: await read.countOfSource(store, source),
      ofSources: ids(await read.claimsOfSources(store, [source, nth(claims, 500).sourceId])),
      bySource: await read.claimCountsBySource(store),
      ofMetric: ids(await read.claimsOfMetric(store, metric)),
      countOfMetric: await read.countOfMetric(store, metric),
      ofValue: withoutStoreFields(await read.claimsOfValueAndMetric(store, valued.value ?? 0, valued.metric)),
      ofOrigin: ids(await read.claimsOfOrigin(store, 'import')),
      ofOrigins: ids(await read.claimsOfOrigins(store, ['seed', 'import'])),
      idsOfOrigin: await read.claimIdsOfOrigin(store, 'import'),
      countOfOrigin: await read.countOfOrigin(store, 'import'),
      upTo: await read.claimIdsUpTo(store, 'metric', metric, 100_000),
    });
    const [fromBlocks, fromRows] = [await ask(db), await ask(rows)];
    expect(fromBlocks).toEqual(fromRows);
    expect(fromBlocks.some.at(-1)).toBeUndefined();
    expect(fromBlocks.countOfOrigin).toBe(claims.length);
    expect(fromBlocks.ofValue.length).toBeGreaterThan(0);
    expect(fromBlocks.betweenCapped).toEqual(fromBlocks.between.slice(0, 7));
  });

  it('count the claims of many blocks by their tallies, partly emptied blocks and an oversized one too', async () => {
    const db = freshDb();
    const big = claimPackGenerator(42).pack(0, 3_000);
    await applyImport(db, big);
    expect(await db.claimBlocks.count()).toBeGreaterThan(2 * BLOCK_CLAIMS);
    // Blocks that lost claims tally fewer than BLOCK_CLAIMS.
    for (const claim of big.claims.filter((_claim, i) => i % 9 === 0)) await deleteClaim(db, claim.id);
    const left = big.claims.filter((_claim, i) => i % 9 !== 0);
    const metric = nth(left, 0).metric;
    expect(await read.countOfOrigin(db, 'import')).toBe(left.length);
    expect(await read.countOfMetric(db, metric)).toBe(left.filter((claim) => claim.metric === metric).length);
    // A block holding more than BLOCK_CLAIMS claims (none is written so): counted all the same.
    const model = nth(await read.allClaimRows(db), 0);
    const extra = Array.from({ length: BLOCK_CLAIMS + 8 }, (_, i) => ({
      ...model,
      id: `extra-${String(i).padStart(3, '0')}`,
    }));
    await db.claimBlocks.put(blockOf('oversized:1', extra));
    expect(await read.countOfOrigin(db, 'import')).toBe(left.length + extra.length);
    db.close();
  });

  it('cap a lookup by field at its limit, every id a match', async () => {
    const db = await withBlocks();
    const metric = nth(pack.claims, 0).metric;
    const all = new Set(await read.claimIdsUpTo(db, 'metric', metric, 100_000));
    expect(all.size).toBe(await read.countOfMetric(db, metric));
    expect(all.size).toBeGreaterThan(pack.claims.filter((claim) => claim.metric === metric).length);
    const capped = await read.claimIdsUpTo(db, 'metric', metric, 10);
    expect(capped).toHaveLength(10);
    expect(capped.every((id) => all.has(id))).toBe(true);
    expect([...capped].sort()).toEqual(capped);
  });

  it('let go of a claim edited, deleted or imported again: stored once, others kept', async () => {
    const db = await withBlocks();
    const [edited, deleted, reimported] = [nth(pack.claims, 1), nth(pack.claims, 2), nth(pack.claims, 3)];
    const blockOfEdited = must(await read.claimRow(db, edited.id)).block;
    expect(blockOfEdited).toBeDefined();
    await updateClaim(db, edited.id, { note: 'checked against the wire copy' });
    await deleteClaim(db, deleted.id);
    await applyImport(db, { ...pack, claims: [{ ...reimported, value: (reimported.value ?? 0) + 3 }] });

    const stored = await read.allClaimRows(db);
    expect(new Set(ids(stored)).size).toBe(stored.length);
    expect(await read.claimCount(db)).toBe(stored.length);
    const editedNow = must(await read.claimRow(db, edited.id));
    expect(editedNow).toMatchObject({ note: 'checked against the wire copy', version: 2 });
    expect(editedNow.block).toBeUndefined();
    expect(await read.claimRow(db, deleted.id)).toBeUndefined();
    expect(must(await read.claimRow(db, reimported.id)).value).toBe((reimported.value ?? 0) + 3);
    const oldBlock = must(await db.claimBlocks.get(must(blockOfEdited)));
    expect(oldBlock.ids).not.toContain(edited.id);
    expect(oldBlock.ids.length).toBeGreaterThan(0);
    expect(oldBlock).toEqual(blockOf(oldBlock.key, oldBlock.claims));
    expect(await read.countOfOrigin(db, 'import')).toBe(pack.claims.length - 1);
  });

  it('go when their last claim goes, and an import undone leaves none behind', async () => {
    const db = await withBlocks();
    const [first] = await db.claimBlocks.toArray();
    for (const id of must(first).ids) await deleteClaim(db, id);
    expect(await db.claimBlocks.get(must(first).key)).toBeUndefined();

    const other = freshDb();
    await seedStore(other);
    const before = await read.claimCount(other);
    const controller = new AbortController();
    let chunks = 0;
    await expect(
      applyImport(other, pack, {
        beforeChunk: async () => {
          if (++chunks === 4) controller.abort();
        },
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    expect(chunks).toBe(4);
    expect(await other.claimBlocks.count()).toBe(0);
    expect(await read.claimCount(other)).toBe(before);
  });

  it('are read once while nothing is written, and afresh after a write', async () => {
    const db = await withBlocks();
    const ids = pack.claims.filter((_claim, i) => i % 50 === 0).map((claim) => claim.id);
    const reads = vi.spyOn(db.claimBlocks, 'bulkGet');
    const first = await read.claimRows(db, ids);
    const blocksRead = reads.mock.calls.flatMap(([keys]) => keys).length;
    expect(await read.claimRows(db, ids)).toEqual(first);
    expect(reads.mock.calls.flatMap(([keys]) => keys)).toHaveLength(blocksRead);
    await updateClaim(db, nth(ids, 1), { note: 'seen again' });
    const readBefore = reads.mock.calls.flatMap(([keys]) => keys).length;
    const after = await read.claimRows(db, ids);
    const readAfter = reads.mock.calls.flatMap(([keys]) => keys).length;
    reads.mockRestore();
    // The write may have changed any block: they are read again.
    expect(readAfter - readBefore).toBeGreaterThan(0);
    expect(blocksRead).toBeGreaterThan(0);
    expect(must(after[1]).note).toBe('seen again');
    expect(must(after[2]).id).toBe(nth(ids, 2));
  });
});
