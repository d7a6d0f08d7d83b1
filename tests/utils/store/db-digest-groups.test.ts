/**
 * Schema 10: digest buckets gathered into group rows. A schema 9 database (one row per bucket)
 * with the reader's edits, tombstones, read articles and a subscribed pack's records opens with
 * every other row as it was, every digest the same (no claim read) and every report the same.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { withoutBlock } from '../../../utils/store/claim-blocks';
import { allClaimRows } from '../../../utils/store/claim-rows';
import { CrosstallyDb } from '../../../utils/store/db';
import { bucketRowsOf } from '../../../utils/store/digest-bucket-rows';
import { DIGEST_GROUPS, groupKeyOf, readAllDigests, readDigest } from '../../../utils/store/digest-rows';
import { updateClaim } from '../../../utils/store/mutations';
import { counts, reportsForFigure, searchClaims } from '../../../utils/store/queries';
import type { PageFigure } from '../../../utils/store/types';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, must, nth, snapshot } from './helpers';
import { usedStore } from './used-store';

/** Schema 9 as shipped: a digest row per metric and bucket. */
const VERSION_9_STORES = {
  sources: 'id, kind, outlet, url',
  claims: 'id, metric, sourceId, origin, [value+metric]',
  meta: 'key',
  documents: 'sourceId',
  tombstones: 'id',
  digestBuckets: 'key, metric',
  importJournal: '++seq, importId',
  readings: 'sourceId, *keys, site, readAt',
  words: '[word+batch]',
};

const KEPT_TABLES = [
  'sources',
  'claims',
  'meta',
  'documents',
  'tombstones',
  'importJournal',
  'readings',
  'words',
] as const;

/** What a reader could notice: rows, counts, search, and the reports of many figures. */
async function observed(db: CrosstallyDb, figures: PageFigure[]) {
  return {
    ...(await snapshot(db)),
    counts: await counts(db),
    search: await searchClaims(db, 'helicopters'),
    reports: await Promise.all(figures.map((figure) => reportsForFigure(db, figure))),
  };
}

describe('schema 10 (digest groups)', () => {
  it('opens a schema 9 database with every digest and report the same, its buckets in group rows', async () => {
    const name = `digest-groups-${Math.random()}`;
    const generator = claimPackGenerator(11);
    const figures: PageFigure[] = [
      ...Array.from({ length: 30 }, (_, i) => generator.figure(i)),
      ...fixtureFullPack().claims.map((claim) => ({ ...claim, claimant: null }) as PageFigure),
      { metric: 'soldiers_killed', value: 16, qualifier: 'exact', side: null, claimant: null },
    ];
    const used = await usedStore(name, 'checked');
    const before = await observed(used, figures);
    const digests = await readAllDigests(used);
    const kept = Object.fromEntries(
      await Promise.all(
        KEPT_TABLES.map(async (table) => [table, await used.table(table).toArray()] as const),
      ),
    );
    // Schema 9 had claim rows only: the used store's imported claims, in blocks here, become rows.
    kept.claims = (await allClaimRows(used)).map(withoutBlock);
    used.close();
    await Dexie.delete(name);
    // Several metrics, claimants, vague buckets: what the upgrade has to carry.
    const buckets = digests.flatMap((digest) => Object.values(digest.buckets));
    expect(digests.length).toBeGreaterThan(3);
    expect(new Set(buckets.map((bucket) => bucket.c)).size).toBeGreaterThan(3);
    expect(buckets.some((bucket) => bucket.q === 'vague')).toBe(true);
    expect(buckets.some((bucket) => bucket.p)).toBe(true);

    // The same store as schema 9 held it: a row per bucket.
    const old = new Dexie(name);
    old.version(9).stores(VERSION_9_STORES);
    for (const table of KEPT_TABLES) await old.table(table).bulkAdd(kept[table] ?? []);
    const bucketRows = digests.flatMap(bucketRowsOf);
    await old.table('digestBuckets').bulkAdd(bucketRows);
    old.close();

    const db = new CrosstallyDb(name);
    expect(db.verno).toBe(12);
    expect(db.tables.map((table) => table.name)).not.toContain('digestBuckets');
    for (const table of KEPT_TABLES) expect(await db.table(table).toArray()).toEqual(kept[table]);
    expect(await readAllDigests(db)).toEqual(digests);
    expect(await observed(db, figures)).toEqual(before);
    // Each bucket row went into its group row; a metric has at most DIGEST_GROUPS of them.
    const rows = await db.digestGroups.toArray();
    expect(rows.length).toBeLessThan(bucketRows.length);
    for (const digest of digests) {
      const ofMetric = rows.filter((row) => row.metric === digest.metric);
      expect(ofMetric.length).toBeGreaterThan(0);
      expect(ofMetric.length).toBeLessThanOrEqual(DIGEST_GROUPS);
      for (const row of ofMetric)
        for (const key of Object.keys(row.buckets)) expect(groupKeyOf(digest.metric, key)).toBe(row.key);
    }

    // Writes after the upgrade patch the group rows.
    const edited = nth(fixtureFullPack().claims, 2);
    await updateClaim(db, edited.id, { value: 77 });
    const digest = must(await readDigest(db, edited.metric));
    const bucket = Object.values(digest.buckets).find((b) => b.ids.includes(edited.id));
    expect(bucket?.v).toBe(77);
    expect(Object.values(digest.buckets).filter((b) => b.ids.includes(edited.id))).toHaveLength(1);
    await db.delete();
  });
});
