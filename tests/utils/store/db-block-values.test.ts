/**
 * Schema 12: claim blocks lose their `valueMetrics` index, sources their unread `outlet` one. A schema 11 database whose imported
 * claims sit in blocks (each listing its [value, metric] pairs) opens with every block as it was,
 * and a figure's claims (and the sources saying it) are found as before: from the metric's digest, then by id.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { blockOf } from '../../../utils/store/claim-blocks';
import { claimsOfValueAndMetric } from '../../../utils/store/claim-rows';
import { CrosstallyDb, toStoredClaim } from '../../../utils/store/db';
import { groupRowsOf } from '../../../utils/store/digest-rows';
import { buildDigests } from '../../../utils/store/digests';
import { sourcesSaying } from '../../../utils/store/page-lookups';
import { fixtureFullPack, must } from './helpers';

/** Schema 11 as shipped. */
const VERSION_11_STORES = {
  sources: 'id, kind, outlet, url',
  claims: 'id, metric, sourceId, origin, [value+metric]',
  meta: 'key',
  documents: 'sourceId',
  tombstones: 'id',
  digestGroups: 'key, metric',
  importJournal: '++seq, importId',
  readings: 'sourceId, *keys, site, readAt',
  words: '[word+batch]',
  claimBlocks: 'key, *ids, *metrics, *sources, *origins, *valueMetrics',
};

describe('schema 12 (blocks without a value index, sources without an outlet index)', () => {
  it('opens a schema 11 database with its blocks as they were, each figure finding its block claims', async () => {
    const name = `block-values-${Math.random()}`;
    const pack = fixtureFullPack();
    const stored = pack.claims.map((claim) => toStoredClaim(claim, 1, 1));
    const block = {
      ...blockOf('import-old:1', stored),
      valueMetrics: [...new Set(stored.map((claim) => `${claim.value}|${claim.metric}`))].map((key) => {
        const [value, metric] = key.split('|');
        return [Number(value), metric];
      }),
    };
    const digests = buildDigests(pack.claims, new Map(pack.sources.map((source) => [source.id, source])));
    const old = new Dexie(name);
    old.version(11).stores(VERSION_11_STORES);
    await old.table('sources').bulkPut(pack.sources);
    await old.table('claimBlocks').put(block);
    await old.table('digestGroups').bulkPut([...digests.values()].flatMap(groupRowsOf));
    old.close();

    const db = new CrosstallyDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    expect(db.claimBlocks.schema.indexes.map((index) => index.name).sort()).toEqual([
      'ids',
      'metrics',
      'origins',
      'sources',
    ]);
    expect(db.sources.schema.indexes.map((index) => index.name).sort()).toEqual(['kind', 'url']);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(await db.sources.toArray()).toEqual([...pack.sources].sort(byId));
    expect(await db.claimBlocks.toArray()).toEqual([block]);
    const valued = pack.claims.filter((claim) => claim.value !== null);
    expect(valued.length).toBeGreaterThan(3);
    for (const claim of valued) {
      const found = await claimsOfValueAndMetric(db, must(claim.value), claim.metric);
      const expected = pack.claims
        .filter((other) => other.value === claim.value && other.metric === claim.metric)
        .map((other) => other.id)
        .sort();
      expect(found.map((row) => row.id)).toEqual(expected);
      // The overlay's check whether a page's own sentence is stored already.
      expect(await sourcesSaying(db, must(claim.value), claim.metric, claim.quote)).toContain(claim.sourceId);
    }
    db.close();
    await Dexie.delete(name);
  });
});
