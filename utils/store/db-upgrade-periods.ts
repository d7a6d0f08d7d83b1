/**
 * Schema 5's upgrade (see db.ts): claims, tombstones and the import journal read through
 * claim-upgrade.ts, then every digest rebuilt (buckets carry the period now). Runs inside Dexie's
 * upgrade transaction: if anything throws, the database stays at schema 4, unchanged.
 */
import type { Transaction } from 'dexie';
import { upgradeClaimRecord } from './claim-upgrade';
import type { ImportJournalRow, StoredClaim, Tombstone } from './db';
import { buildDigests, type MetricDigest } from './digests';
import type { Claim, Source } from './types';
import { claimWords } from './words';

function upgraded<T extends Claim>(claim: T): T {
  return upgradeClaimRecord(claim as unknown as Record<string, unknown>) as unknown as T;
}

export async function upgradeToPeriods(tx: Transaction): Promise<void> {
  // Schema 5 rows still carry their search words (schema 8 moves them to word rows).
  const claims = tx.table<StoredClaim & { words: string[] }, string>('claims');
  const before = await claims.toArray();
  const taken = new Set(before.map((claim) => claim.id));
  const renamed = new Map<string, string>();
  const after = before.map((old) => {
    const claim = upgraded(old);
    if (claim.id !== old.id) {
      // Two claims must never become one: a new id already in use keeps the old id.
      if (taken.has(claim.id)) claim.id = old.id;
      else {
        renamed.set(old.id, claim.id);
        taken.add(claim.id);
      }
    }
    claim.words = claimWords(claim);
    return claim;
  });
  if (renamed.size > 0) await claims.bulkDelete([...renamed.keys()]);
  await claims.bulkPut(after);

  // Tombstones outlive their claims: a deleted seed claim's id is read for its old metric.
  const tombstones = tx.table<Tombstone, string>('tombstones');
  const moved = (await tombstones.toArray())
    .map((t) => ({ t, id: renamed.get(t.id) ?? tombstoneId(t.id) }))
    .filter(({ t, id }) => id !== t.id && !taken.has(id));
  if (moved.length > 0) {
    await tombstones.bulkDelete(moved.map(({ t }) => t.id));
    await tombstones.bulkPut(moved.map(({ t, id }) => ({ ...t, id })));
    for (const { t, id } of moved) renamed.set(t.id, id);
  }

  await tx
    .table<ImportJournalRow, number>('importJournal')
    .toCollection()
    .modify((row) => {
      row.claims = row.claims.map(upgraded);
      row.addedClaims = row.addedClaims.map((id) => renamed.get(id) ?? id);
      row.tombstones = row.tombstones.map((t) => ({ ...t, id: renamed.get(t.id) ?? t.id }));
      row.metrics = [...new Set(row.claims.map((c) => c.metric).concat(row.metrics.map(upgradedMetric)))];
    });

  const digests = tx.table<MetricDigest, string>('digests');
  const sources = await tx.table<Source, string>('sources').toArray();
  await digests.clear();
  const built = buildDigests(after, new Map(sources.map((source) => [source.id, source])));
  await digests.bulkPut([...built.values()]);
}

/** A content-based claim id ("source#war_deaths@56") as schema 5 names it. */
function tombstoneId(id: string): string {
  const match = /^(.+)#([^#@]+)@(\d+)$/.exec(id);
  if (!match) return id;
  const [, sourceId, metric, start] = match;
  return String(upgradeClaimRecord({ id, sourceId, metric, start: Number(start) }).id);
}

/** A metric id as schema 5 names it. */
function upgradedMetric(metric: string): string {
  return String(upgradeClaimRecord({ metric }).metric);
}
