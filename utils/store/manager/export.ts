/**
 * Export of part of the store as a claim pack: the claims of a query (the manager's filtered
 * view) or of a selection, with their sources and the sources' texts, so the pack imports again
 * on its own.
 */
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPack } from '../claim-pack/schema';
import { claimReadTables, claimRows } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import type { Source, SourceDocument } from '../types';
import { listClaimIds } from './queries';
import type { ClaimQuery } from './types';

export async function exportClaims(
  db: CrosstallyDb,
  selection: { query?: ClaimQuery; ids?: string[] },
  options: { now?: number; generatedBy?: string } = {},
): Promise<ClaimPack> {
  const ids = selection.ids ? [...new Set(selection.ids)] : await listClaimIds(db, selection.query ?? {});
  return db.transaction('r', [...claimReadTables(db), db.sources, db.documents], async () => {
    const claims = (await claimRows(db, ids)).filter((row) => row !== undefined).map(fromStoredClaim);
    const sourceIds = [...new Set(claims.map((claim) => claim.sourceId))];
    const sources = (await db.sources.bulkGet(sourceIds)).filter(
      (source): source is Source => source !== undefined,
    );
    const documents = (await db.documents.bulkGet(sourceIds)).filter(
      (doc): doc is SourceDocument => doc !== undefined,
    );
    const known = new Set(sources.map((source) => source.id));
    return {
      format: CLAIM_PACK_FORMAT,
      version: CLAIM_PACK_VERSION,
      generatedBy: options.generatedBy ?? 'Crosstally manager export',
      createdAt: options.now ?? Date.now(),
      sources,
      // A claim whose source is gone could not be imported again (packs are self-contained).
      claims: claims.filter((claim) => known.has(claim.sourceId)),
      ...(documents.length > 0 ? { documents } : {}),
    };
  });
}
