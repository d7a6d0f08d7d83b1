/**
 * Versioned edits for the manager, which may be open in several tabs at once. Every claim carries
 * a version (writes.ts adds one per write). An edit sends only the fields the reader changed and
 * the version the reader started from; over a newer version (another tab changed the claim since)
 * it is refused and nothing is written, so the editor can offer a reload or a knowing overwrite
 * (the same changes sent again with the version the reader has now seen).
 */
import type { CrosstallyDb } from '../db';
import { fromStoredClaim } from '../db';
import { guardQuota, StoreError } from '../errors';
import { updateClaim } from '../mutations';
import type { Claim } from '../types';
import { writeTables } from '../writes';
import type { VersionedClaim } from './types';
import { keepingView } from './view-patch';

/** How the reader recognises a claim in a message: its figure as written. */
export function claimName(claim: Pick<Claim, 'selector'>): string {
  return `“${claim.selector.exact}”`;
}

export function deletedElsewhere(id: string, what: string): StoreError {
  return new StoreError(
    'not-found',
    `${what}: the claim was deleted in another tab or window. Nothing was changed.`,
    [`claim "${id}" is no longer in the store`],
  );
}

export function changedElsewhere(claim: Claim, what: string): StoreError {
  return new StoreError(
    'conflict',
    `${what}: ${claimName(claim)} was changed in another tab or window since. Nothing was changed.`,
  );
}

/** A claim with its version, or null when the store no longer holds it. */
export async function getVersionedClaim(db: CrosstallyDb, id: string): Promise<VersionedClaim | null> {
  const stored = await db.claims.get(id);
  return stored ? { claim: fromStoredClaim(stored), version: stored.version } : null;
}

/**
 * Applies the reader's changes to a claim read at `baseVersion`. Refused with 'conflict' when the
 * claim has a newer version, with 'not-found' when it was deleted; either way nothing is written.
 */
export function editClaim(
  db: CrosstallyDb,
  id: string,
  baseVersion: number,
  changes: unknown,
  now = Date.now(),
): Promise<VersionedClaim> {
  const write = () =>
    db.transaction('rw', writeTables(db), async (): Promise<VersionedClaim> => {
      const current = await getVersionedClaim(db, id);
      if (!current) throw deletedElsewhere(id, 'Not saved');
      if (current.version !== baseVersion) throw changedElsewhere(current.claim, 'Not saved');
      const claim = await updateClaim(db, id, changes, now);
      return { claim, version: (await db.claims.get(id))?.version ?? current.version };
    });
  return guardQuota(() => keepingView(db, write, { after: () => [id], claimsOnly: true }));
}
