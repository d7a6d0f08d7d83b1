/**
 * An import files each claim under its source's outlet in the digests (how reports group outlets).
 * The outlets come from the pack's own sources, written first, with no read per chunk; a source
 * another write changes while the import runs is read again, so its claims carry the new outlet.
 */
import { describe, expect, it } from 'vitest';
import { readAllDigests } from '../../../utils/store/digest-rows';
import { outletKeyOf } from '../../../utils/store/digests';
import { applyImport } from '../../../utils/store/import-export';
import { putSources, writeTables } from '../../../utils/store/writes';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { freshDb, nth } from './helpers';

/** Each listed claim's outlet in the stored digests. */
async function outletsInDigests(db: ReturnType<typeof freshDb>): Promise<Map<string, string>> {
  const outlets = new Map<string, string>();
  for (const digest of await readAllDigests(db))
    for (const bucket of Object.values(digest.buckets))
      for (const [i, id] of bucket.ids.entries()) outlets.set(id, bucket.outlets[i] as string);
  return outlets;
}

describe("an import's outlets", () => {
  it("lists each claim under its source's outlet as the pack has it, over a stored one", async () => {
    const db = freshDb();
    const pack = claimPackGenerator(7).pack(0, 1_200);
    const first = nth(pack.sources, 0);
    await db.transaction('rw', writeTables(db), () => putSources(db, [{ ...first, outlet: 'Older Wire' }]));
    await applyImport(db, pack);
    const outlets = await outletsInDigests(db);
    const byId = new Map(pack.sources.map((source) => [source.id, source]));
    expect(outlets.size).toBe(pack.claims.length);
    for (const claim of pack.claims)
      expect(outlets.get(claim.id)).toBe(outletKeyOf(byId.get(claim.sourceId), claim.sourceId));
    expect(pack.claims.some((claim) => claim.sourceId === first.id)).toBe(true);
    db.close();
  });

  it('reads the outlets again once another write changed a source during the import', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(8).pack(0, 1_200);
    const renamed = { ...nth(pack.sources, 3), outlet: 'Renamed Wire' };
    let chunks = 0;
    await applyImport(db, pack, {
      beforeChunk: async () => {
        // The documents chunk, the sources chunk, then before the first claims chunk: another
        // tab renames a source's outlet.
        if (++chunks === 3) await db.transaction('rw', writeTables(db), () => putSources(db, [renamed]));
      },
    });
    const outlets = await outletsInDigests(db);
    const claimsOfRenamed = pack.claims.filter((claim) => claim.sourceId === renamed.id);
    expect(claimsOfRenamed.length).toBeGreaterThan(0);
    for (const claim of claimsOfRenamed) expect(outlets.get(claim.id)).toBe('Renamed Wire');
    const other = pack.claims.find((claim) => claim.sourceId !== renamed.id);
    const source = pack.sources.find((candidate) => candidate.id === other?.sourceId);
    expect(outlets.get(other?.id ?? '')).toBe(outletKeyOf(source, source?.id ?? ''));
    db.close();
  });
});
