import { beforeEach, describe, expect, it } from 'vitest';
import { claimRows } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import {
  claimFacets,
  listClaimIds,
  listClaims,
  listSources,
  sourceClaimCounts,
} from '../../../../utils/store/manager/queries';
import type { ClaimQuery } from '../../../../utils/store/manager/types';
import { deleteClaim } from '../../../../utils/store/mutations';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

async function values(query: ClaimQuery, metric: string) {
  const ids = await listClaimIds(db, { ...query, metric });
  const claims = await claimRows(db, ids);
  return claims.map((claim) => claim?.value);
}

describe('listClaims', () => {
  it('groups claims by metric in the topic pack order, counts adding up to the total', async () => {
    const page = await listClaims(db, {}, 0, 50);
    expect(page.groups.map((group) => [group.metric, group.count])).toEqual([
      ['helicopters_downed', 5],
      ['drones_downed', 1],
      ['tanks_destroyed', 1],
      ['soldiers_killed', 2],
      ['civilians_killed', 1],
      ['deaths', 1],
    ]);
    expect(page.total).toBe(11);
    expect(page.groups[0]?.label).toBe('helicopters shot down');
    expect(page.items.map((item) => item.claim.metric).slice(0, 6)).toEqual([
      ...Array(5).fill('helicopters_downed'),
      'drones_downed',
    ]);
  });

  it('sorts by value inside each metric, either way, with vague figures last', async () => {
    expect(await values({ sort: 'value-asc' }, 'helicopters_downed')).toEqual([1, 2, 2, 4, 4]);
    expect(await values({ sort: 'value-desc' }, 'helicopters_downed')).toEqual([4, 4, 2, 2, 1]);
    expect(await values({ sort: 'value-asc' }, 'soldiers_killed')).toEqual([14, null]);
    expect(await values({ sort: 'value-desc' }, 'soldiers_killed')).toEqual([14, null]);
  });

  it('sorts by claimant label, claims naming nobody last', async () => {
    const ids = await listClaimIds(db, { sort: 'claimant' });
    const claims = await claimRows(db, ids);
    const heli = claims.filter((c) => c?.metric === 'helicopters_downed').map((c) => c?.claimant?.label);
    expect(heli).toEqual([
      "Armenia's Ministry of Defence",
      "Armenia's Ministry of Defence",
      "Azerbaijan's Ministry of Defence",
      'Nagorno-Karabakh Defence Ministry',
      'Nagorno-Karabakh Defence Ministry',
    ]);
    const soldiers = claims
      .filter((c) => c?.metric === 'soldiers_killed')
      .map((c) => c?.claimant?.id ?? null);
    expect(soldiers).toEqual(['az_mod', null]);
  });

  it('pages across group boundaries without losing or repeating a claim', async () => {
    const all = await listClaimIds(db, {});
    const pages = [
      await listClaims(db, {}, 0, 4),
      await listClaims(db, {}, 4, 4),
      await listClaims(db, {}, 8, 4),
    ];
    expect(pages.flatMap((page) => page.items.map((item) => item.claim.id))).toEqual(all);
    expect(pages[2]?.items).toHaveLength(3);
    expect(pages[1]?.offset).toBe(4);
  });

  it('lists who published each claim apart from who claimed it', async () => {
    const { items } = await listClaims(db, { metric: 'soldiers_killed' }, 0, 10);
    expect(items.map((item) => [item.outlet, item.sourceLabel, item.claim.claimant?.id ?? null])).toEqual([
      [null, 'English repost, outlet not named', null],
      [null, 'English repost, outlet not named', 'az_mod'],
    ]);
    expect(items.every((item) => item.sourceHasText && item.sourceKind === 'seed')).toBe(true);
  });
});

describe('filters', () => {
  const idsOf = (query: ClaimQuery) => listClaimIds(db, query).then((ids) => [...ids].sort());

  it('keeps one metric, one origin, one source', async () => {
    expect(await idsOf({ metric: 'drones_downed' })).toEqual(['fx-wire#drones_downed@195']);
    expect(await idsOf({ sourceId: 'fx-history' })).toEqual([
      'fx-history#civilians_killed@102',
      'fx-history#deaths@56',
    ]);
    expect(await idsOf({ origin: 'user' })).toEqual([]);
    expect(await idsOf({ origin: 'seed' })).toHaveLength(11);
  });

  it('keeps a claimant party, a claimant, or the claims naming nobody', async () => {
    expect(await idsOf({ party: 'ARM' })).toEqual([
      'fx-daily#helicopters_downed@145',
      'fx-wire#helicopters_downed@26',
      'fx-wire#tanks_destroyed@68',
    ]);
    expect(await idsOf({ party: 'other' })).toEqual([]);
    expect(await idsOf({ claimantId: 'az_mod' })).toEqual([
      'fx-daily#helicopters_downed@45',
      'fx-repost#soldiers_killed@130',
    ]);
    expect(await idsOf({ claimantId: null })).toEqual([
      'fx-history#civilians_killed@102',
      'fx-history#deaths@56',
      'fx-repost#soldiers_killed@80',
    ]);
  });

  it('keeps an outlet, or the sources naming none', async () => {
    expect(await idsOf({ outlet: 'Example Daily' })).toEqual([
      'fx-daily#helicopters_downed@145',
      'fx-daily#helicopters_downed@45',
    ]);
    expect(await idsOf({ outlet: null })).toHaveLength(3);
    expect(await idsOf({ outlet: 'Nobody Times' })).toEqual([]);
  });

  it('keeps a value range, inclusive, leaving vague figures out', async () => {
    const inRange = await idsOf({ valueMin: 2, valueMax: 4 });
    const claims = await claimRows(db, inRange);
    expect(claims.map((c) => c?.value).sort()).toEqual([2, 2, 3, 4, 4]);
    expect(await idsOf({ valueMin: 20_000 })).toEqual(['fx-history#deaths@56']);
    expect(await idsOf({ valueMax: 0 })).toEqual([]);
  });

  it('searches the quotes by word prefix, diacritics folded, every word required', async () => {
    expect(await idsOf({ text: 'DRONES' })).toEqual([
      'fx-wire#drones_downed@195',
      'fx-wire#helicopters_downed@162',
    ]);
    expect(await idsOf({ text: 'civil' })).toEqual(['fx-history#civilians_killed@102']);
    expect(await idsOf({ text: 'submarines' })).toEqual([]);
    expect(await idsOf({ text: 'Dozens Armenian' })).toEqual(['fx-repost#soldiers_killed@130']);
    expect(await idsOf({ text: 'Azərbaijani helicop' })).toHaveLength(6);
  });

  it('combines filters as AND', async () => {
    expect(await idsOf({ party: 'ARM', metric: 'tanks_destroyed' })).toEqual(['fx-wire#tanks_destroyed@68']);
    expect(await idsOf({ party: 'NK', valueMin: 10 })).toEqual(['fx-wire#drones_downed@195']);
    const page = await listClaims(db, { party: 'NK', metric: 'helicopters_downed' }, 0, 10);
    expect(page.total).toBe(2);
    expect(page.groups).toEqual([{ metric: 'helicopters_downed', label: 'helicopters shot down', count: 2 }]);
  });

  it('does not trust a digest that disagrees with the claims, and reads the claims instead', async () => {
    // One of the metric's buckets lost: the digest lists fewer claims than the metric index.
    const row = await db.digestGroups.where('metric').equals('helicopters_downed').first();
    const [lost] = Object.keys(row!.buckets);
    delete row!.buckets[lost!];
    await db.digestGroups.put(row!);
    expect(await values({ sort: 'value-asc' }, 'helicopters_downed')).toEqual([1, 2, 2, 4, 4]);
    expect(await idsOf({ party: 'NK', metric: 'helicopters_downed' })).toHaveLength(2);
  });

  it('sees a write at once (nothing stale from the cache)', async () => {
    expect(await idsOf({ metric: 'drones_downed' })).toHaveLength(1);
    await deleteClaim(db, 'fx-wire#drones_downed@195');
    expect(await idsOf({ metric: 'drones_downed' })).toEqual([]);
    expect((await listClaims(db, {}, 0, 50)).groups.map((g) => g.metric)).not.toContain('drones_downed');
  });
});

describe('claimFacets', () => {
  it('offers the metrics, claimants, outlets and origins in the store, with counts', async () => {
    const facets = await claimFacets(db);
    expect(facets.total).toBe(11);
    expect(facets.metrics[0]).toEqual({ id: 'helicopters_downed', label: 'helicopters shot down', count: 5 });
    expect(facets.claimants.map((c) => [c.id, c.party, c.count])).toEqual([
      ['arm_mod', 'ARM', 3],
      ['nk_mod', 'NK', 3],
      ['az_mod', 'AZ', 2],
    ]);
    expect(facets.unattributed).toBe(3);
    expect(facets.outlets).toEqual([
      { outlet: 'Example Daily', sources: 1 },
      { outlet: 'Example Times', sources: 1 },
      { outlet: 'Example Wire', sources: 1 },
    ]);
    expect(facets.unnamedOutletSources).toBe(1);
    expect(facets.origins).toEqual({ seed: 11, user: 0, import: 0, read: 0 });
    expect([facets.sources, facets.tombstones]).toEqual([4, 0]);
  });
});

describe('listSources and sourceClaimCounts', () => {
  it('lists every source by title with whether its text is stored, and counts the claims of those asked for', async () => {
    const sources = await listSources(db);
    expect(sources.map((s) => [s.source.id, s.hasText])).toEqual([
      ['fx-repost', true],
      ['fx-daily', true],
      ['fx-history', true],
      ['fx-wire', true],
    ]);
    expect(await sourceClaimCounts(db, ['fx-wire', 'fx-repost', 'fx-nowhere'])).toEqual({
      'fx-wire': 4,
      'fx-repost': 3,
      'fx-nowhere': 0,
    });
  });
});
