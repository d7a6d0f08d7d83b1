/**
 * Schema 7: digests split into bucket rows. A schema 6 database (one digest row per metric) with
 * the reader's edits, tombstones, read articles and a subscribed pack's records opens with every
 * row kept and every report the same as before.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { withoutBlock } from '../../../utils/store/claim-blocks';
import { allClaimRows } from '../../../utils/store/claim-rows';
import { CrosstallyDb, fromStoredClaim, type StoredClaim } from '../../../utils/store/db';
import { readAllDigests } from '../../../utils/store/digest-rows';
import { buildDigests } from '../../../utils/store/digests';
import { counts, reportsForFigure, searchClaims } from '../../../utils/store/queries';
import type { PageFigure } from '../../../utils/store/types';
import { claimWords } from '../../../utils/store/words';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, snapshot } from './helpers';
import { usedStore } from './used-store';

/** Schema 6 as shipped: `digests` keyed by metric, no bucket rows. */
const VERSION_6_STORES = {
  sources: 'id, kind, outlet',
  claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric]',
  meta: 'key',
  documents: 'sourceId',
  tombstones: 'id',
  digests: 'metric',
  importJournal: '++seq, importId',
  readings: 'sourceId, *keys, site, readAt',
};

const TABLES = ['sources', 'claims', 'meta', 'documents', 'tombstones', 'importJournal', 'readings'] as const;

/** What a reader could notice: rows, counts, search, and the reports of many figures. */
async function observed(db: CrosstallyDb, figures: PageFigure[]) {
  return {
    ...(await snapshot(db)),
    readings: await db.readings.toArray(),
    counts: await counts(db),
    search: await searchClaims(db, 'helicopters'),
    reports: await Promise.all(figures.map((figure) => reportsForFigure(db, figure))),
  };
}

describe('schema 7 (digest buckets)', () => {
  it('opens a schema 6 database keeping every row, and every report is the same as before', async () => {
    const name = `digest-buckets-${Math.random()}`;
    const generator = claimPackGenerator(11);
    const seedClaims = fixtureFullPack().claims;
    const figures: PageFigure[] = [
      ...Array.from({ length: 40 }, (_, i) => generator.figure(i)),
      ...seedClaims.map((claim) => ({ ...claim, claimant: null }) as PageFigure),
      { metric: 'soldiers_killed', value: 16, qualifier: 'exact', side: null, claimant: null },
    ];
    const used = await usedStore(name, 'checked');
    const before = await observed(used, figures);
    const tables = Object.fromEntries(
      await Promise.all(TABLES.map(async (table) => [table, await used.table(table).toArray()] as const)),
    );
    // Schema 6 had claim rows only: the used store's imported claims, in blocks here, become rows.
    tables.claims = (await allClaimRows(used)).map(withoutBlock);
    // Claim rows as schema 6 stored them: their search words on the row (schema 8 moves them out).
    const asSchema6 = (rows: StoredClaim[]) =>
      rows.map(({ wordBatch: _b, ...row }) => ({ ...row, words: claimWords(row) }));
    const schema6: Record<string, unknown[]> = { ...tables, claims: asSchema6(tables.claims ?? []) };
    const claims = (await allClaimRows(used)).map(fromStoredClaim);
    const sources = await used.sources.toArray();
    used.close();
    await Dexie.delete(name);

    // The same rows as schema 6 held them, with its per-metric digests built from the claims.
    const old = new Dexie(name);
    old.version(6).stores(VERSION_6_STORES);
    for (const table of TABLES) await old.table(table).bulkAdd(schema6[table] ?? []);
    const digests = [...buildDigests(claims, new Map(sources.map((s) => [s.id, s]))).values()];
    await old.table('digests').bulkAdd(digests);
    old.close();

    const db = new CrosstallyDb(name);
    expect(db.verno).toBe(12);
    expect(db.tables.map((table) => table.name)).not.toContain('digests');
    // Claims and meta differ only in their word batches (schema 8 numbers them afresh).
    const withoutBatches = (rows: unknown[]) => rows.map((row) => fromStoredClaim(row as StoredClaim));
    for (const table of TABLES) {
      const rows = await db.table(table).toArray();
      if (table === 'claims') expect(withoutBatches(rows)).toEqual(withoutBatches(tables.claims ?? []));
      else if (table === 'meta')
        expect(rows.filter((row) => row.key !== 'lastWordBatch')).toEqual(
          (tables.meta ?? []).filter((row) => row.key !== 'lastWordBatch'),
        );
      else expect(rows).toEqual(tables[table]);
    }
    expect(before.reports.some((report) => report.summary.reports > 0)).toBe(true);
    expect(before.counts.byOrigin.read).toBe(1);
    expect(before.tombstones).toHaveLength(1);
    expect(await observed(db, figures)).toEqual(before);
    // Sources are found by their address (a page's saved claims, on every page).
    const withUrl = sources.filter((source) => source.url);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const source of withUrl)
      expect(
        await db.sources
          .where('url')
          .equals(source.url as string)
          .primaryKeys(),
      ).toContain(source.id);
    // The bucket rows hold what the old digests held.
    const byMetric = (list: typeof digests) => [...list].sort((a, b) => a.metric.localeCompare(b.metric));
    const normalize = (list: typeof digests) =>
      byMetric(list).map((digest) => ({
        metric: digest.metric,
        buckets: Object.fromEntries(Object.entries(digest.buckets).sort()),
        claimants: digest.claimants,
      }));
    expect(normalize(await readAllDigests(db))).toEqual(normalize(digests));
    await db.delete();
  });
});
