/**
 * Keeps the manager's view of a big store (manager/list-index.ts) current across the manager's own
 * small writes (delete, undo, edit, add) by patching the facts of the claims they touched,
 * instead of reading every digest again: at 100,000 claims that rebuild takes seconds.
 *
 * Safe against other writers: the write runs inside one transaction that also notes the
 * database's revision before and after it (readwrite transactions over the same tables never
 * interleave), and the patch is installed only if the cached view was of the revision just
 * before, and no other write has happened since. Dexie announces a committed transaction
 * ('storagemutated', which bumps the revision once) synchronously as it resolves, before this
 * code runs on, and before any later transaction can write: one more bump is that echo.
 * Otherwise the view is simply rebuilt on demand.
 */
import { defaultPackData, type TopicPackData } from '../../engine/topic-pack';
import type { ClaimantRef } from '../../engine/types';
import { claimRows } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { writeTables } from '../writes';
import {
  type FactGroup,
  installView,
  type ManagerView,
  settledView,
  sortGroups,
  UNNAMED_OUTLET,
} from './list-index';

export interface TouchedIds<T> {
  /** Ids the write will touch, read inside its transaction before it runs (deletes). */
  before?: () => Promise<string[]>;
  /** Ids the write touched, from its result (adds, edits). */
  after?: (result: T) => string[];
  /** The write changes claims only, not sources or their texts (asked after the write). */
  claimsOnly?: boolean | (() => boolean);
}

function allTables(db: CrosstallyDb) {
  return [...writeTables(db), db.documents, db.tombstones];
}

/** The view with the touched claims' facts read afresh (gone ones dropped, new ones added). */
async function patched(
  db: CrosstallyDb,
  view: ManagerView,
  ids: string[],
  pack: TopicPackData,
): Promise<ManagerView> {
  const touched = new Set(ids);
  const rows = (await claimRows(db, [...touched])).filter((row) => row !== undefined).map(fromStoredClaim);
  const sourceIds = [...new Set(rows.map((claim) => claim.sourceId))];
  const sources = await db.sources.bulkGet(sourceIds);
  const outletOf = new Map(sourceIds.map((id, i) => [id, sources[i]?.outlet ?? null]));
  const groups = new Map<string, FactGroup>(
    view.groups.map((group) => [
      group.metric,
      { metric: group.metric, facts: group.facts.filter((fact) => !touched.has(fact.id)) },
    ]),
  );
  const claimants = new Map<string, ClaimantRef>(view.claimants);
  for (const claim of rows) {
    let group = groups.get(claim.metric);
    if (!group) {
      group = { metric: claim.metric, facts: [] };
      groups.set(claim.metric, group);
    }
    if (claim.claimant) claimants.set(claim.claimant.id, claim.claimant);
    group.facts.push({
      id: claim.id,
      v: claim.value,
      q: claim.qualifier,
      s: claim.side,
      c: claim.claimant?.id ?? null,
      o: outletOf.get(claim.sourceId) ?? `${UNNAMED_OUTLET}${claim.sourceId}`,
      p: claim.period ?? null,
    });
  }
  return { groups: sortGroups([...groups.values()], pack), claimants };
}

/** Runs a write of the manager and patches the cached view for the claims it touched. */
export async function keepingView<T>(
  db: CrosstallyDb,
  write: () => Promise<T>,
  touched: TouchedIds<T>,
  pack: TopicPackData = defaultPackData,
): Promise<T> {
  let start = -1;
  let end = -1;
  let before: string[] = [];
  const result = await db.transaction('rw', allTables(db), async () => {
    start = db.revision;
    before = (await touched.before?.()) ?? [];
    const value = await write();
    end = db.revision;
    return value;
  });
  const view = settledView(db, start);
  const revision = db.revision;
  if (view && revision - end <= 1) {
    const next = await patched(db, view, [...before, ...(touched.after?.(result) ?? [])], pack);
    const claimsOnly = typeof touched.claimsOnly === 'function' ? touched.claimsOnly() : touched.claimsOnly;
    installView(db, revision, next, claimsOnly ? start : null);
  }
  return result;
}
