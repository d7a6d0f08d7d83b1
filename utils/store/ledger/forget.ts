/**
 * Forgetting read articles: one site's, all of them, or those read longer ago than the reader
 * keeps them. An article goes whole: its source, its claims, its reading row and the reader's
 * removals of its figures (tombstones): nothing of the page stays behind.
 */
import { claimIdsOfOrigin, claimIdsOfSource, claimRow, countOfOrigin } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { guardQuota, StoreError } from '../errors';
import { carryWrite } from '../page-lookups';
import { removeClaims } from '../writes';
import { ledgerTables } from './record';
import type { ForgetResult, LedgerCounts } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

async function forgetArticles(db: CrosstallyDb, sourceIds: string[]): Promise<ForgetResult> {
  if (sourceIds.length === 0) return { articles: 0, claims: 0 };
  const claimIds = (await Promise.all(sourceIds.map((id) => claimIdsOfSource(db, id)))).flat();
  await removeClaims(db, claimIds);
  await db.sources.bulkDelete(sourceIds);
  await db.readings.bulkDelete(sourceIds);
  for (const id of sourceIds) await db.tombstones.where('id').startsWith(`${id}:`).delete();
  return { articles: sourceIds.length, claims: claimIds.length };
}

/** Forgets every article read on `site` (a site name, as the readings keep it). */
export function forgetSite(db: CrosstallyDb, site: string): Promise<ForgetResult> {
  return guardQuota(() =>
    db.transaction('rw', ledgerTables(db), async () =>
      forgetArticles(db, await db.readings.where('site').equals(site.toLowerCase()).primaryKeys()),
    ),
  );
}

/** Forgets every read article (and any claim of origin 'read' an import brought without its reading). */
export function forgetAllRead(db: CrosstallyDb): Promise<ForgetResult> {
  return guardQuota(() =>
    db.transaction('rw', ledgerTables(db), async () => {
      const fromReadings = await db.readings.toCollection().primaryKeys();
      const readSources = await db.sources.where('kind').equals('read').primaryKeys();
      const result = await forgetArticles(db, [...new Set([...fromReadings, ...readSources])]);
      const strays = await claimIdsOfOrigin(db, 'read');
      await removeClaims(db, strays);
      return { articles: result.articles, claims: result.claims + strays.length };
    }),
  );
}

/** Forgets articles last read more than `keepDays` days before `now`; null keeps everything. */
export function expireReadings(
  db: CrosstallyDb,
  keepDays: number | null,
  now = Date.now(),
): Promise<ForgetResult> {
  if (keepDays === null) return Promise.resolve({ articles: 0, claims: 0 });
  const cutoff = now - keepDays * DAY_MS;
  return guardQuota(() =>
    db.transaction('rw', ledgerTables(db), async () =>
      forgetArticles(db, await db.readings.where('readAt').below(cutoff).primaryKeys()),
    ),
  );
}

/** Removes one read figure at the reader's request; it stays removed when the page is read again. */
export async function removeReadClaim(
  db: CrosstallyDb,
  claimId: string,
  now = Date.now(),
): Promise<{ id: string }> {
  let carry = () => {};
  const removed = await guardQuota(() =>
    db.transaction('rw', ledgerTables(db), async () => {
      const stored = await claimRow(db, claimId);
      if (stored?.origin !== 'read') throw new StoreError('not-found', 'error.ledgerFigureGone');
      await removeClaims(db, [claimId]);
      await db.tombstones.put({ id: claimId, deletedAt: now });
      carry = carryWrite(db, [fromStoredClaim(stored)], []);
      return { id: claimId };
    }),
  );
  // The next page's lookups stay warm: patched, not dropped.
  carry();
  return removed;
}

/** Read articles and their claims, and the sites read, for the manager and the popup. */
export async function ledgerCounts(db: CrosstallyDb): Promise<LedgerCounts> {
  const perSite = new Map<string, number>();
  const [articles, claims] = await Promise.all([
    db.readings.count(),
    countOfOrigin(db, 'read'),
    db.readings.orderBy('site').eachKey((key) => {
      perSite.set(String(key), (perSite.get(String(key)) ?? 0) + 1);
    }),
  ]);
  return { articles, claims, sites: [...perSite].map(([site, count]) => ({ site, articles: count })) };
}
