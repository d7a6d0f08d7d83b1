/**
 * Reset to the seed that keeps the reader's own claims: the claims of the chosen origins (added
 * by the reader, imported) survive with their sources and texts; everything else is as a fresh
 * install would have it. One transaction: a failed reset changes nothing.
 */
import type { ClaimPackInput } from '../claim-pack/schema';
import { claimsOfOrigins } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { guardQuota } from '../errors';
import { bundledSeedPack, resetToSeed } from '../seed';
import type { SeedResult, Source, SourceDocument } from '../types';
import { putClaims, putSources, writeTables } from '../writes';
import type { KeptOrigin } from './types';

export async function resetToSeedKeeping(
  db: CrosstallyDb,
  keep: KeptOrigin[],
  pack: ClaimPackInput = bundledSeedPack(),
  now = Date.now(),
): Promise<SeedResult & { kept: number }> {
  return guardQuota(() =>
    db.transaction(
      'rw',
      [...writeTables(db), db.documents, db.tombstones, db.meta, db.readings],
      async () => {
        const origins = [...new Set(keep)];
        const kept = origins.length > 0 ? (await claimsOfOrigins(db, origins)).map(fromStoredClaim) : [];
        const sourceIds = [...new Set(kept.map((claim) => claim.sourceId))];
        const [sources, documents] = await Promise.all([
          db.sources.bulkGet(sourceIds),
          db.documents.bulkGet(sourceIds),
        ]);
        const result = await resetToSeed(db, pack, now);
        // A source the seed also has stays as the seed wrote it.
        const seeded = new Set(
          (await db.sources.bulkGet(sourceIds)).filter((s) => s !== undefined).map((s) => s.id),
        );
        await putSources(
          db,
          sources.filter((s): s is Source => s !== undefined && !seeded.has(s.id)),
        );
        await db.documents.bulkPut(
          documents.filter((d): d is SourceDocument => d !== undefined && !seeded.has(d.sourceId)),
        );
        await putClaims(db, kept);
        return { ...result, kept: kept.length };
      },
    ),
  );
}
