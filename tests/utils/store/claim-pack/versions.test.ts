import { describe, expect, it } from 'vitest';
import { CLAIM_PACK_VERSION } from '../../../../utils/store/claim-pack/schema';
import { validateClaimPack } from '../../../../utils/store/claim-pack/validate';
import { StoreError } from '../../../../utils/store/errors';
import { applyImport } from '../../../../utils/store/import-export';
import { seedStore } from '../../../../utils/store/seed';
import { fixtureFullPack, fixturePack, freshDb, must, snapshot, storeErrorOf } from '../helpers';

/** The fixture as a version 1 file wrote it: `eventDate`, the 1988–94 war's deaths as `war_deaths`. */
function version1Pack() {
  const pack = fixtureFullPack();
  return {
    ...pack,
    version: 1,
    claims: pack.claims.map(({ period, ...claim }) => ({
      ...claim,
      ...(claim.metric === 'deaths' && period === '1988/1994'
        ? { metric: 'war_deaths', id: claim.id.replace('#deaths@', '#war_deaths@') }
        : {}),
      eventDate: period && !period.includes('/') ? period : null,
    })),
  };
}

describe('claim pack versions', () => {
  it('writes version 2, with periods', () => {
    expect(CLAIM_PACK_VERSION).toBe(2);
    expect(fixturePack().claims.map((c) => c.period)).toContain('2020-09-27');
  });

  it('reads a version 1 pack: event dates become periods, retired metric ids their metric over an era', () => {
    const old = version1Pack();
    const war = must(old.claims.find((c) => c.metric === 'war_deaths'));
    expect(war.id).toBe('fx-history#war_deaths@56');
    old.claims.push({
      ...war,
      id: 'fx-history#clash_deaths_2016@10',
      metric: 'clash_deaths_2016',
      start: 10,
    });
    const pack = validateClaimPack(old);
    expect(pack.version).toBe(2);
    const byId = new Map(pack.claims.map((c) => [c.id, c]));
    expect(byId.get('fx-wire#helicopters_downed@26')?.period).toBe('2020-09-27');
    expect(byId.get('fx-history#deaths@56')).toMatchObject({ metric: 'deaths', period: '1988/1994' });
    expect(byId.get('fx-history#deaths@10')).toMatchObject({ metric: 'deaths', period: '2016-04' });
    expect(byId.has('fx-history#war_deaths@56')).toBe(false);
    expect(pack.claims.some((c) => 'eventDate' in c)).toBe(false);
  });

  it('imports a version 1 pack into the store as the same claims a version 2 pack gives', async () => {
    const fromOld = freshDb();
    await applyImport(fromOld, JSON.stringify(version1Pack()), { now: 5 });
    const fromNew = freshDb();
    await applyImport(fromNew, JSON.stringify(fixtureFullPack()), { now: 5 });
    const oldClaims = (await snapshot(fromOld)).claims;
    expect(oldClaims.find((c) => c.metric === 'deaths')?.period).toBe('1988/1994');
    expect(oldClaims.map((c) => c.id)).toContain('fx-history#deaths@56');
    expect(oldClaims).toEqual((await snapshot(fromNew)).claims);
  });

  it('refuses a bad period with a message naming the claim, and changes nothing', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 10);
    const before = await snapshot(db);
    for (const bad of ['2020-13-01', '27 September', '2020-10-10/2020-09-27', '2020-02-30']) {
      const pack = fixtureFullPack();
      pack.claims[2] = { ...must(pack.claims[2]), id: 'imp#helicopters_downed@1', value: 9, period: bad };
      const error = storeErrorOf(() => validateClaimPack(pack));
      expect(error.code).toBe('invalid-pack');
      expect(error.issues, bad).toEqual([
        expect.stringMatching(
          /^claims\[2\]\.period: expected a period in ISO 8601 notation.*\(claim "imp#helicopters_downed@1"\)$/,
        ),
      ]);
      await expect(applyImport(db, JSON.stringify(pack))).rejects.toBeInstanceOf(StoreError);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
