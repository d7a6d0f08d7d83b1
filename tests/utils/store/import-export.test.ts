import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateClaimPack } from '../../../utils/store/claim-pack/validate';
import { claimRow } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import { QUOTA_MESSAGE, StoreError } from '../../../utils/store/errors';
import { exportPack } from '../../../utils/store/export-pack';
import { applyImport, previewImport, readPack } from '../../../utils/store/import-export';
import { deleteClaim, saveClaim, updateClaim } from '../../../utils/store/mutations';
import { seedStore } from '../../../utils/store/seed';
import type { Claim } from '../../../utils/store/types';
import { fixtureFullPack, fixturePack, freshDb, must, nth, snapshot } from './helpers';

async function seeded(): Promise<CrosstallyDb> {
  const db = freshDb();
  await seedStore(db, fixturePack(), 10);
  return db;
}

/** A pack of new claims (origin left out, as a hand-written pack would), for import. */
function importPack() {
  const pack = fixtureFullPack();
  pack.sources = pack.sources.map((s) => ({ ...s, id: `imp-${s.id}`, kind: 'import' as const }));
  pack.claims = pack.claims.map(({ origin: _o, createdAt: _c, updatedAt: _u, ...c }) => ({
    ...c,
    id: `imp-${c.id}`,
    sourceId: `imp-${c.sourceId}`,
  })) as typeof pack.claims;
  pack.documents = must(pack.documents).map((d) => ({ ...d, sourceId: `imp-${d.sourceId}` }));
  return pack;
}

/** Freezes the value and everything in it: a write to any of it then throws (modules are strict). */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw error;
  return error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('import preview', () => {
  it('counts what would be added, without writing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const pack = importPack();
    const preview = await previewImport(db, JSON.stringify(pack));
    expect(preview).toMatchObject({
      generatedBy: pack.generatedBy,
      claims: { added: pack.claims.length, updated: 0, unchanged: 0, conflicting: 0 },
      sources: { added: pack.sources.length, updated: 0, unchanged: 0 },
      conflicts: [],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('tells updated, unchanged and conflicting claims apart', async () => {
    const db = await seeded();
    const seed = fixtureFullPack();
    const helicopterOf = (claimant: string) =>
      must(seed.claims.find((c) => c.metric === 'helicopters_downed' && c.claimant?.id === claimant));
    const [edited, deleted, userWritten] = [
      helicopterOf('nk_mod'),
      helicopterOf('az_mod'),
      helicopterOf('arm_mod'),
    ];
    await updateClaim(db, edited.id, { value: 5 });
    await deleteClaim(db, deleted.id);
    await db.claims.update(userWritten.id, { origin: 'user' });
    const incoming: Claim[] = seed.claims.map((c) => ({ ...c, note: 'checked by the pack author' }));
    const unchangedId = nth(incoming, incoming.length - 1).id;
    incoming[incoming.length - 1] = nth(seed.claims, seed.claims.length - 1);
    const preview = await previewImport(db, { ...seed, claims: incoming });
    expect(preview.claims).toEqual({
      added: 0,
      updated: seed.claims.length - 4,
      unchanged: 1,
      conflicting: 3,
    });
    expect(preview.conflicts).toEqual(
      expect.arrayContaining([
        { claimId: edited.id, reason: 'edited' },
        { claimId: deleted.id, reason: 'deleted' },
        { claimId: userWritten.id, reason: 'user' },
      ]),
    );
    expect(preview.conflicts.map((c) => c.claimId)).not.toContain(unchangedId);
  });
});

describe('import', () => {
  it('adds the claims of a pack, defaulting their origin to import', async () => {
    const db = await seeded();
    const pack = importPack();
    const result = await applyImport(db, JSON.stringify(pack), { now: 50 });
    expect(result.claims).toEqual({
      added: pack.claims.length,
      updated: 0,
      unchanged: 0,
      kept: 0,
      replaced: 0,
    });
    const stored = await claimRow(db, nth(pack.claims, 0).id);
    expect(stored).toMatchObject({
      origin: 'import',
      createdAt: 50,
      updatedAt: 50,
      value: nth(pack.claims, 0).value,
    });
    expect(await db.documents.get(nth(pack.sources, 0).id)).toBeDefined();
    const again = await applyImport(db, JSON.stringify(pack));
    expect(again.claims.unchanged).toBe(pack.claims.length);
  });

  it('takes a pack it read before as read: nothing changes it, so preview and import share one read', async () => {
    const db = await seeded();
    const pack = importPack();
    const read = readPack(JSON.stringify(pack));
    deepFreeze(read);
    expect(readPack(read)).toBe(read);
    const preview = await previewImport(db, read);
    expect(preview.claims.added).toBe(pack.claims.length);
    const result = await applyImport(db, read, { now: 50 });
    expect(result.claims.added).toBe(pack.claims.length);
    expect(await claimRow(db, nth(pack.claims, 0).id)).toMatchObject({ origin: 'import', createdAt: 50 });
    // A value that only looks like a read pack is validated as any other.
    const lookalike = structuredClone(read) as { claims: { value: unknown }[] };
    must(lookalike.claims[0]).value = 'two';
    await expect(applyImport(db, lookalike)).rejects.toThrow(/value/);
  });

  it("keeps the user's edits and deletions unless told to take the pack's", async () => {
    const db = await seeded();
    const seed = fixtureFullPack();
    const [edited, deleted] = [nth(seed.claims, 0), nth(seed.claims, 1)];
    await updateClaim(db, edited.id, { value: 42 });
    await deleteClaim(db, deleted.id);

    const kept = await applyImport(db, seed, { onConflict: 'keep-mine' });
    expect(kept.claims.kept).toBe(2);
    expect((await claimRow(db, edited.id))?.value).toBe(42);
    expect(await claimRow(db, deleted.id)).toBeUndefined();

    const taken = await applyImport(db, seed, { onConflict: 'take-theirs' });
    expect(taken.claims.replaced).toBe(2);
    expect((await claimRow(db, edited.id))?.value).toBe(edited.value);
    expect(await claimRow(db, deleted.id)).toBeDefined();
    expect(await db.tombstones.get(deleted.id)).toBeUndefined();
  });

  it('stores markup and script as inert text, byte for byte', async () => {
    const db = await seeded();
    const pack = importPack();
    const markup =
      '<script>alert(document.cookie)</script><img src=x onerror="fetch(\'https://evil.example\')">';
    pack.claims[0] = {
      ...nth(pack.claims, 0),
      quote: `${markup} ${nth(pack.claims, 0).quote}`,
      note: markup,
    };
    nth(pack.claims, 0).quoteFigureStart += markup.length + 1;
    nth(pack.claims, 0).quoteFigureEnd += markup.length + 1;
    pack.sources[0] = {
      ...nth(pack.sources, 0),
      label: markup,
      outlet: '<iframe src="javascript:alert(1)">',
    };
    await applyImport(db, JSON.stringify(pack));
    const claim = await claimRow(db, nth(pack.claims, 0).id);
    expect(claim?.quote.startsWith(markup)).toBe(true);
    expect(claim?.note).toBe(markup);
    expect((await db.sources.get(nth(pack.sources, 0).id))?.label).toBe(markup);
    expect((await db.sources.get(nth(pack.sources, 0).id))?.outlet).toBe(
      '<iframe src="javascript:alert(1)">',
    );
  });

  describe('leaves the store unchanged when the pack is refused', () => {
    const duplicate = () => {
      const pack = importPack();
      pack.claims.push({ ...nth(pack.claims, 2), value: 99 });
      return JSON.stringify(pack);
    };
    const badField = () => {
      const pack = importPack() as unknown as { claims: Record<string, unknown>[] };
      pack.claims[3] = { ...pack.claims[3], value: 'two' };
      return JSON.stringify(pack);
    };
    const cases: [string, () => string, string, RegExp][] = [
      ['not JSON', () => 'claims: two helicopters', 'not-json', /not JSON/],
      ['a wrong version', () => JSON.stringify({ ...importPack(), version: 3 }), 'wrong-format', /version 3/],
      ['duplicate ids', duplicate, 'invalid-pack', /claims\[\d+\]\.id: duplicate id/],
      ['a bad field', badField, 'invalid-pack', /claims\[3\]\.value: expected number/],
      ['a 300 MB file', () => `{"pad":"${' '.repeat(300 * 1024 * 1024)}"}`, 'too-large', /300\.0 MB/],
    ];
    it.each(cases)('%s', async (_name, makeText, code, message) => {
      const db = await seeded();
      const before = await snapshot(db);
      const text = makeText();
      const previewError = await rejection(previewImport(db, text));
      const applyError = await rejection(applyImport(db, text));
      for (const error of [previewError, applyError]) {
        expect(error.code).toBe(code);
        expect([error.message, ...error.issues].join('\n')).toMatch(message);
      }
      expect(await snapshot(db)).toEqual(before);
    });
  });

  it('reports a full disk with a clear message and writes nothing (all or nothing)', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      // Some writes land before the disk fills: the transaction must undo them.
      if (calls > 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await rejection(applyImport(db, JSON.stringify(importPack())));
    expect(calls).toBeGreaterThan(5);
    expect(error.code).toBe('quota');
    expect(error.message).toBe(QUOTA_MESSAGE);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('export', () => {
  it('round-trips: export, then import into an empty store, gives back the same store', async () => {
    const db = await seeded();
    await applyImport(db, importPack());
    const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...draft } = nth(fixtureFullPack().claims, 0);
    await saveClaim(
      db,
      { ...draft, value: 3, note: 'seen on a live page' },
      {
        id: 'web-x',
        label: 'Live page',
        outlet: 'Live Outlet',
        url: 'https://live.example/x',
        language: 'en',
        publishedDate: '2020-09-29',
      },
    );
    await updateClaim(db, nth(fixtureFullPack().claims, 1).id, { value: 8 });
    const exported = await exportPack(db);
    expect(() => validateClaimPack(exported)).not.toThrow();

    const empty = freshDb();
    const result = await applyImport(empty, JSON.stringify(exported));
    expect(result.claims.added).toBe(exported.claims.length);
    const original = await snapshot(db);
    const copy = await snapshot(empty);
    expect(copy.claims).toEqual(original.claims);
    expect(copy.sources).toEqual(original.sources);
    expect(copy.documents).toEqual(original.documents);
  });

  it('exports a filtered part with just the sources it needs', async () => {
    const db = await seeded();
    const pack = await exportPack(db, { metric: 'helicopters_downed', claimantId: 'nk_mod' });
    expect(pack.claims.map((c) => [c.metric, c.claimant?.id])).toEqual([
      ['helicopters_downed', 'nk_mod'],
      ['helicopters_downed', 'nk_mod'],
    ]);
    expect(pack.sources.map((s) => s.id).sort()).toEqual(['fx-repost', 'fx-wire']);
    expect(pack.documents?.map((d) => d.sourceId).sort()).toEqual(['fx-repost', 'fx-wire']);
    expect(() => validateClaimPack(pack)).not.toThrow();
    const bySource = await exportPack(db, { sourceIds: ['fx-daily'], origin: 'seed' });
    expect(new Set(bySource.claims.map((c) => c.sourceId))).toEqual(new Set(['fx-daily']));
  });
});
