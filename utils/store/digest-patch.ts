/**
 * Patching the digest rows (digest-rows.ts) as claims come and go: a write reads and rewrites
 * only the group rows its claims' buckets fall in; an import puts what it only adds into segments
 * of its own (digest-segments.ts), reading no group row.
 */
import Dexie from 'dexie';
import type { CrosstallyDb } from './db';
import {
  addClaimsToRows,
  type DigestGroupRow,
  mergeRows,
  newGroupRow,
  putSettledRows,
  removeClaimFromRow,
  rowKeyOf,
} from './digest-rows';
import { patchSegments } from './digest-segments';
import type { Claim } from './types';

/**
 * From this many groups on, their row keys are read as one key range (an import's digest slice,
 * its groups in key order); a save's few groups are read one range each.
 */
const RANGE_READ_FROM_KEYS = 32;

/**
 * The group (`metric|gg`) of a stored row key: its own, or one of the per-group segments
 * (`metric|gg|import`) that stores written before metric segments may still hold.
 */
const groupOfRowKey = (key: string): string => key.split('|', 2).join('|');
const metricOfGroup = (groupKey: string): string => groupKey.slice(0, groupKey.lastIndexOf('|'));

/**
 * The stored row keys of each group, its own row's and any per-group segments' (keys only): one
 * key range for a dense slice of groups (in key order), else one per group.
 */
function rowKeysOfGroups(db: CrosstallyDb, groups: readonly string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map(groups.map((group) => [group, [] as string[]]));
  const sorted = [...groups].sort();
  const between = (low: string, high: string) =>
    db.digestGroups.where(':id').between(low, `${high}|\uffff`, true, true).primaryKeys();
  const reads =
    sorted.length >= RANGE_READ_FROM_KEYS
      ? [between(sorted[0] as string, sorted.at(-1) as string)]
      : sorted.map((group) => between(group, group));
  return Dexie.Promise.all(reads).then((lists) => {
    for (const key of lists.flat()) byGroup.get(groupOfRowKey(String(key)))?.push(String(key));
    return byGroup;
  });
}

/**
 * Takes `removed` (claims as stored) out of the group rows of their buckets and puts `added` in
 * theirs, reading and writing only those rows; a group's per-group segments are merged into its
 * own row on the way.
 */
async function patchGroups(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
  outletOf: (claim: Claim) => string,
  groupOf: (claim: Claim) => string,
): Promise<void> {
  const groups = [...new Set([...removed, ...added].map(groupOf))];
  const keysOf = await rowKeysOfGroups(db, groups);
  const stored = new Map(
    (await db.digestGroups.bulkGet(groups.flatMap((group) => keysOf.get(group) ?? [])))
      .filter((row): row is DigestGroupRow => row !== undefined)
      .map((row) => [row.key, row]),
  );
  const target = new Map<string, DigestGroupRow>();
  const merged: string[] = [];
  for (const group of groups) {
    const own = stored.get(group) ?? newGroupRow(group, metricOfGroup(group));
    const segments = (keysOf.get(group) ?? []).filter((key) => key !== group && stored.has(key));
    mergeRows(
      own,
      segments.map((key) => stored.get(key) as DigestGroupRow),
    );
    merged.push(...segments);
    target.set(group, own);
  }
  for (const claim of removed) removeClaimFromRow(target.get(groupOf(claim)) as DigestGroupRow, claim);
  addClaimsToRows(added, (claim) => target.get(groupOf(claim)) as DigestGroupRow, outletOf);
  await putSettledRows(db, target.values(), (key) => stored.has(key), merged);
}

/**
 * Takes `removed` (claims as they were stored) out of their buckets and puts `added` in theirs.
 * A claim removed leaves its group row and any import segment listing it. `importId` (an
 * import's digest slice): an added claim whose group loses none of its claims here goes into the
 * import's segment of its metric, no group row read; otherwise into its group row. Adding a claim
 * its row already lists does nothing, so undoing an import whose chunks did not patch digests
 * (schema 6) cannot list a claim twice. An emptied bucket leaves its row, and so does a claimant
 * no bucket of the row names any more; an emptied row is deleted.
 */
export async function patchDigestRows(
  db: CrosstallyDb,
  removed: readonly Claim[],
  added: readonly Claim[],
  outletOf: (claim: Claim) => string,
  importId?: string,
): Promise<void> {
  // Each claim's group row key once (a bucket key and a hash): an import patches thousands.
  const groups = new Map<Claim, string>();
  const groupOf = (claim: Claim) => {
    let key = groups.get(claim);
    if (key === undefined) {
      key = rowKeyOf(claim);
      groups.set(claim, key);
    }
    return key;
  };
  const removing = new Set(removed.map(groupOf));
  const appended: Claim[] = [];
  const grouped: Claim[] = [];
  for (const claim of added)
    (importId !== undefined && !removing.has(groupOf(claim)) ? appended : grouped).push(claim);
  // Each only when it has work: a helper that returns before any request would end the
  // transaction's zone under the caller's awaits (Dexie).
  if (removed.length > 0 || grouped.length > 0) await patchGroups(db, removed, grouped, outletOf, groupOf);
  if (removed.length > 0 || appended.length > 0)
    await patchSegments(db, removed, appended, outletOf, importId);
}
