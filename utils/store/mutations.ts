/**
 * Single-claim writes: save a figure from a page, edit a stored claim, delete one. Every write
 * validates first and reports a full disk as StoreError('quota').
 */
import { claimIdFor } from './claim-ids';
import { completeSource, sameClaimContent } from './claim-records';
import { claimRow } from './claim-rows';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { parseClaimChanges, parseClaimDraft, parseSourceDraft } from './draft-schemas';
import { guardQuota, StoreError } from './errors';
import type { Claim } from './types';
import { putClaims, putSources, removeClaims, writeTables } from './writes';

/**
 * Saves a figure the user chose on a page. The id is content-based, so saving the same figure
 * twice stores it once. A source already in the store (a seed article, say) is kept as it is.
 */
export async function saveClaim(db: CrosstallyDb, draftData: unknown, sourceData: unknown, now = Date.now()) {
  const draft = parseClaimDraft(draftData);
  const source = completeSource(parseSourceDraft(sourceData), 'web');
  const id = claimIdFor(source.id, draft.metric, draft.start);
  return guardQuota(() =>
    db.transaction('rw', [...writeTables(db), db.tombstones], async (): Promise<Claim> => {
      if (!(await db.sources.get(source.id))) await putSources(db, [source]);
      const stored = await claimRow(db, id);
      const existing = stored && fromStoredClaim(stored);
      const claim: Claim = existing
        ? { ...existing, ...draft, sourceId: source.id, updatedAt: now }
        : { ...draft, id, sourceId: source.id, origin: 'user', createdAt: now, updatedAt: now };
      if (existing && sameClaimContent(existing, claim)) return existing;
      if (existing && existing.origin !== 'user') claim.editedAt = now;
      await putClaims(db, [claim]);
      await db.tombstones.delete(id);
      return claim;
    }),
  );
}

/** Changes fields of a stored claim; a seed or imported claim is marked edited, so it stays so. */
export async function updateClaim(db: CrosstallyDb, id: string, changesData: unknown, now = Date.now()) {
  const changes = parseClaimChanges(changesData);
  return guardQuota(() =>
    db.transaction('rw', writeTables(db), async (): Promise<Claim> => {
      const stored = await claimRow(db, id);
      if (!stored) throw new StoreError('not-found', 'error.claimNotFound', { id });
      const existing = fromStoredClaim(stored);
      const claim: Claim = { ...existing, ...changes };
      if (sameClaimContent(existing, claim)) return existing;
      claim.updatedAt = now;
      if (claim.origin !== 'user') claim.editedAt = now;
      await putClaims(db, [claim]);
      return claim;
    }),
  );
}

/** Deletes a claim; a seed or imported one leaves a tombstone so reseeding does not bring it back. */
export async function deleteClaim(db: CrosstallyDb, id: string, now = Date.now()) {
  return guardQuota(() =>
    db.transaction('rw', [...writeTables(db), db.tombstones], async (): Promise<{ id: string }> => {
      const stored = await claimRow(db, id);
      if (!stored) throw new StoreError('not-found', 'error.claimNotFound', { id });
      await removeClaims(db, [id]);
      if (stored.origin !== 'user') await db.tombstones.put({ id, deletedAt: now });
      return { id };
    }),
  );
}
