import { beforeEach, describe, expect, it } from 'vitest';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { claimFacets, listClaimIds, listClaims } from '../../../../utils/store/manager/queries';
import { claimQuerySchema } from '../../../../utils/store/manager/schemas';
import type { ClaimQuery } from '../../../../utils/store/manager/types';
import { editClaim, getVersionedClaim } from '../../../../utils/store/manager/versions';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb } from '../helpers';

let db: CrosstallyDb;
beforeEach(async () => {
  db = freshDb();
  await seedStore(db, fixturePack(), 10);
});

const idsOf = (query: ClaimQuery) => listClaimIds(db, query).then((ids) => [...ids].sort());

async function setPeriod(id: string, period: string | null): Promise<void> {
  const current = await getVersionedClaim(db, id);
  await editClaim(db, id, current?.version ?? 1, { period });
}

describe('the claim list narrowed by period', () => {
  it('keeps the figures whose whole period lies inside a range of days, either end open', async () => {
    expect(await idsOf({ period: { kind: 'range', from: '2020-09-28', to: '2020-09-28' } })).toEqual([
      'fx-history#civilians_killed@102',
      'fx-repost#helicopters_downed@50',
      'fx-repost#soldiers_killed@130',
      'fx-repost#soldiers_killed@80',
    ]);
    expect(await idsOf({ period: { kind: 'range', to: '2000-01-01' } })).toEqual(['fx-history#deaths@56']);
    // A running total that began before the range counts days outside it: not kept.
    await setPeriod('fx-repost#helicopters_downed@50', '2020-09-27/2020-09-28');
    expect(await idsOf({ period: { kind: 'range', from: '2020-09-28' } })).not.toContain(
      'fx-repost#helicopters_downed@50',
    );
    expect(await idsOf({ period: { kind: 'range', from: '2020-09-27', to: '2020-09-30' } })).toContain(
      'fx-repost#helicopters_downed@50',
    );
  });

  it('keeps an era’s figures, however the era’s period is spelled', async () => {
    expect(await idsOf({ period: { kind: 'era', era: 'war_1988_1994' } })).toEqual(['fx-history#deaths@56']);
    await setPeriod('fx-wire#tanks_destroyed@68', '2016-04-01/2016-04-30');
    expect(await idsOf({ period: { kind: 'era', era: 'clash_2016' } })).toEqual([
      'fx-wire#tanks_destroyed@68',
    ]);
    expect(await idsOf({ period: { kind: 'era', era: 'no_such_era' } })).toEqual([]);
  });

  it('keeps the figures whose period is unknown, with the other filters, counted per metric', async () => {
    expect(await idsOf({ period: { kind: 'unknown' } })).toEqual([]);
    await setPeriod('fx-wire#helicopters_downed@26', null);
    await setPeriod('fx-wire#drones_downed@195', null);
    expect(await idsOf({ period: { kind: 'unknown' } })).toEqual([
      'fx-wire#drones_downed@195',
      'fx-wire#helicopters_downed@26',
    ]);
    const page = await listClaims(db, { period: { kind: 'unknown' }, party: 'NK' }, 0, 50);
    expect(page.groups.map((group) => [group.metric, group.count])).toEqual([['drones_downed', 1]]);
  });

  it('offers the topic pack’s eras with the facets', async () => {
    const facets = await claimFacets(db);
    expect(facets.eras.find((era) => era.id === 'war_2020')).toEqual({
      id: 'war_2020',
      label: '2020 war',
      period: '2020-09-27/2020-11-10',
    });
  });
});

describe('the period filter as the manager sends it', () => {
  it('accepts a range, an era or unknown, and names what is wrong', () => {
    expect(claimQuerySchema.safeParse({ period: { kind: 'range', from: '2020-09-27' } }).success).toBe(true);
    expect(claimQuerySchema.safeParse({ period: { kind: 'unknown' } }).success).toBe(true);
    const paths = (query: unknown) =>
      claimQuerySchema.safeParse(query).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ period: { kind: 'range', from: '2020-02-30' } })).toEqual(['period.from']);
    expect(paths({ period: { kind: 'range', from: '2020-10-02', to: '2020-10-01' } })).toEqual(['period.to']);
    expect(paths({ period: { kind: 'era', era: 'war_2020', from: '2020-01-01' } })?.[0]).toBe('period');
    expect(paths({ period: { kind: 'sometime' } })?.[0]).toBe('period.kind');
  });
});
