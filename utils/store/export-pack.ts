/** Export of the store, or a selection of it, as a self-contained claim pack. */
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPack } from './claim-pack/schema';
import { allClaimRows, claimReadTables, claimsOfMetric, claimsOfSource } from './claim-rows';
import { type CrosstallyDb, fromStoredClaim } from './db';
import type { ExportFilter, Source, SourceDocument } from './types';

/** The whole store, or the claims matching a filter with their sources, as a claim pack. */
export async function exportPack(
  db: CrosstallyDb,
  filter: ExportFilter = {},
  options: { now?: number; generatedBy?: string } = {},
): Promise<ClaimPack> {
  return db.transaction('r', [...claimReadTables(db), db.sources, db.documents], async () => {
    const filtered =
      filter.metric !== undefined || filter.origin !== undefined || filter.sourceIds || filter.claimantId;
    // One exact lookup per source: an anyOf cursor is slow in some IndexedDB engines.
    const candidates = filter.metric
      ? await claimsOfMetric(db, filter.metric)
      : filter.sourceIds
        ? (await Promise.all(filter.sourceIds.map((id) => claimsOfSource(db, id)))).flat()
        : await allClaimRows(db);
    const sourceIds = filter.sourceIds && new Set(filter.sourceIds);
    const claims = candidates
      .filter(
        (claim) =>
          (filter.origin === undefined || claim.origin === filter.origin) &&
          (filter.claimantId === undefined || claim.claimant?.id === filter.claimantId) &&
          (!sourceIds || sourceIds.has(claim.sourceId)),
      )
      .map(fromStoredClaim);
    const sources = filtered
      ? (await db.sources.bulkGet([...new Set(claims.map((claim) => claim.sourceId))])).filter(
          (source): source is Source => source !== undefined,
        )
      : await db.sources.toArray();
    const documents = (await db.documents.bulkGet(sources.map((source) => source.id))).filter(
      (doc): doc is SourceDocument => doc !== undefined,
    );
    const known = new Set(sources.map((source) => source.id));
    return {
      format: CLAIM_PACK_FORMAT,
      version: CLAIM_PACK_VERSION,
      generatedBy: options.generatedBy ?? 'Crosstally export',
      createdAt: options.now ?? Date.now(),
      sources,
      // A claim whose source is gone could not be imported again (packs are self-contained).
      claims: claims.filter((claim) => known.has(claim.sourceId)),
      ...(documents.length > 0 ? { documents } : {}),
    };
  });
}
