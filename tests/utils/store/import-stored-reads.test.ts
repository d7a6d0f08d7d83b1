/**
 * How an import finds the claims it already holds: the keys between a chunk's first and last id
 * in one request when they lie close together, one lookup per id when they spread over the store.
 * Either way every stored claim is found: none counted as new, none duplicated.
 */
import { describe, expect, it } from 'vitest';
import { claimCount, claimRow } from '../../../utils/store/claim-rows';
import { applyImport, previewImport } from '../../../utils/store/import-export';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { freshDb } from './helpers';

const sortedById = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('an import finding the claims it already holds', () => {
  it('counts stored, changed and new claims right when the pack is sorted among stored ids', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(5).pack(0, 1_200);
    const claims = sortedById(pack.claims);
    // Every other claim stored first: the pack's ids interleave with the store's.
    await applyImport(db, { ...pack, claims: claims.filter((_claim, i) => i % 2 === 0) });
    const changed = claims.map((claim, i) => (i % 6 === 0 ? { ...claim, note: 'recounted' } : claim));
    const preview = await previewImport(db, { ...pack, claims: changed });
    expect(preview.claims).toEqual({ added: 600, updated: 200, unchanged: 400, conflicting: 0 });
    const result = await applyImport(db, { ...pack, claims: changed });
    expect(result.claims).toMatchObject({ added: 600, updated: 200, unchanged: 400 });
    expect(await claimCount(db)).toBe(1_200);
    db.close();
  });

  it('finds stored claims whose ids spread over a much larger store', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(6).pack(0, 1_000);
    const claims = sortedById(pack.claims);
    await applyImport(db, pack);
    // The first and last ids, a new one, and one in the middle: the keys between them are the whole store.
    const spread = [claims[0], claims[500], claims[999]].map((claim) => ({ ...claim, note: 'checked' }));
    const added = { ...claims[10], id: `${claims[10]?.id}-new` };
    const result = await applyImport(db, { ...pack, claims: [...spread, added] });
    expect(result.claims).toMatchObject({ added: 1, updated: 3, unchanged: 0 });
    expect(await claimCount(db)).toBe(1_001);
    expect((await claimRow(db, claims[500]?.id as string))?.note).toBe('checked');
    db.close();
  });
});
