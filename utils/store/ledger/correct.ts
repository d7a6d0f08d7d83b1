/**
 * The reader corrects a read figure from the overlay (issue 16): its value, and whose losses it
 * counts when they say so. It goes through the manager's edit (editClaim), which marks the claim
 * edited, so a revisit keeps the correction over what the page says (record.ts); only figures of
 * the reading ledger may be corrected this way.
 */
import type { Side } from '../../engine/types';
import type { CrosstallyDb } from '../db';
import { StoreError } from '../errors';
import { editClaim, getVersionedClaim } from '../manager/versions';
import type { ClaimChanges } from '../types';
import type { ReadCorrection } from './types';

export async function correctReadClaim(
  db: CrosstallyDb,
  claimId: string,
  correction: ReadCorrection,
  now = Date.now(),
): Promise<{ id: string; value: number | null; side: Side }> {
  const current = await getVersionedClaim(db, claimId);
  if (current?.claim.origin !== 'read') throw new StoreError('not-found', 'error.ledgerFigureGone');
  const changes: ClaimChanges = { value: correction.value };
  // A vague figure given a number becomes an exact one; "about 30" stays "about".
  if (current.claim.qualifier === 'vague') changes.qualifier = 'exact';
  if (correction.side !== undefined) changes.side = correction.side;
  const { claim } = await editClaim(db, claimId, current.version, changes, now);
  return { id: claim.id, value: claim.value, side: claim.side };
}
