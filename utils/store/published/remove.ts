/**
 * Taking a pack's records out of the store: on unsubscribe, and on refresh for articles the
 * publisher dropped. The reader's edits to pack claims stay (with the sources they cite): the
 * reader made them theirs. No tombstones: subscribing again brings the claims back.
 */
import { claimsOfSource } from '../claim-rows';
import type { CrosstallyDb } from '../db';
import { removeClaims, writeTables } from '../writes';

/**
 * Removes the claims of these pack sources that the new version no longer lists (all of them
 * without `keep`), except reader-edited ones; then each source left with no claim, unless the new
 * version still lists it.
 */
export async function removePackSources(
  db: CrosstallyDb,
  sourceIds: readonly string[],
  keep: { claimIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> } = {
    claimIds: new Set(),
    sourceIds: new Set(),
  },
): Promise<{ claims: number; keptEdited: number }> {
  let claims = 0;
  let keptEdited = 0;
  await db.transaction('rw', [...writeTables(db), db.documents], async () => {
    for (const sourceId of sourceIds) {
      const rows = await claimsOfSource(db, sourceId);
      const gone = rows.filter((row) => !keep.claimIds.has(row.id));
      const removable = gone.filter((row) => row.editedAt === undefined).map((row) => row.id);
      keptEdited += gone.length - removable.length;
      claims += removable.length;
      await removeClaims(db, removable);
      const left = rows.length - removable.length;
      if (left === 0 && !keep.sourceIds.has(sourceId)) {
        await db.sources.delete(sourceId);
        await db.documents.delete(sourceId);
      }
    }
  });
  return { claims, keptEdited };
}

/** Every source id of one subscription's namespace (`pack:ID:`). */
export async function packSourceIds(db: CrosstallyDb, prefix: string): Promise<string[]> {
  return (await db.sources.where('id').startsWith(prefix).primaryKeys()) as string[];
}
