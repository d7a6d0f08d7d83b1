/**
 * Versioned edits for the manager, which may be open in several tabs at once. Every claim carries
 * a version (writes.ts adds one per write). An edit sends only the fields the reader changed and
 * the version the reader started from; over a newer version (another tab changed the claim since)
 * it is refused and nothing is written, so the editor can offer a reload or a knowing overwrite
 * (the same changes sent again with the version the reader has now seen).
 */
import { claimRow } from '../claim-rows';
import type { CrosstallyDb } from '../db';
import { fromStoredClaim } from '../db';
import { guardQuota, StoreError } from '../errors';
import { updateClaim } from '../mutations';
import type { Claim } from '../types';
import { writeTables } from '../writes';
import type { VersionedClaim } from './types';
import { keepingView } from './view-patch';

/** What was refused: a save or an undo. */
type Refused = 'Not saved' | 'Not undone';

export function deletedElsewhere(id: string, what: Refused): StoreError {
  const key = what === 'Not saved' ? 'error.notSavedDeleted' : 'error.notUndoneDeleted';
  return new StoreError('not-found', key, {}, [{ path: '', key: 'error.issue.claimGone', params: { id } }]);
}

export function changedElsewhere(claim: Claim, what: Refused): StoreError {
  const key = what === 'Not saved' ? 'error.notSavedChanged' : 'error.notUndoneChanged';
  return new StoreError('conflict', key, { figure: claim.selector.exact });
}

/** A claim with its version, or null when the store no longer holds it. */
export async function getVersionedClaim(db: CrosstallyDb, id: string): Promise<VersionedClaim | null> {
  const stored = await claimRow(db, id);
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
      return { claim, version: (await claimRow(db, id))?.version ?? current.version };
    });
  return guardQuota(() => keepingView(db, write, { after: () => [id], claimsOnly: true }));
}
