import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allClaimRows, claimRow } from '../../../utils/store/claim-rows';
import { EARLIER_DATE_NOTE } from '../../../utils/store/claim-upgrade';
import { CrosstallyDb } from '../../../utils/store/db';
import { readDigest } from '../../../utils/store/digest-rows';
import { reportsForFigure, searchClaims } from '../../../utils/store/queries';
import type { Claim, Source } from '../../../utils/store/types';
import { claimWords } from '../../../utils/store/words';
import { fixtureFullPack, must, nth } from './helpers';

/** The schema as version 4 shipped it: claims with `eventDate`, era metrics under their own ids. */
function openAsVersion4(name: string) {
  const db = new Dexie(name);
  db.version(4).stores({
    sources: 'id, kind, outlet',
    claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric]',
    meta: 'key',
    documents: 'sourceId',
    tombstones: 'id',
    digests: 'metric',
    importJournal: '++seq, importId',
  });
  return db;
}

type OldClaim = Omit<Claim, 'period'> & { eventDate: string | null; words: string[]; version: number };

function oldClaim(claim: Claim, over: Partial<OldClaim> = {}): OldClaim {
  const { period, ...rest } = claim;
  const old = { ...rest, eventDate: period && !period.includes('/') ? period : null, version: 1, ...over };
  return { ...old, words: claimWords(old) };
}

describe('schema 5: periods', () => {
  it('turns event dates into periods and era metrics into a metric over its era, keeping every edit', async () => {
    const name = `migration-v4-${Math.random()}`;
    const pack = fixtureFullPack();
    const history = must(pack.claims.find((c) => c.metric === 'deaths'));
    const helicopters = nth(pack.claims, 0);
    // The reader corrected the war's death toll, dated it and noted why (version 3 after two edits).
    const editedWar = oldClaim(
      { ...history, id: 'fx-history#war_deaths@56', metric: 'war_deaths' },
      { value: 30_500, note: 'per the 1995 census', editedAt: 99, eventDate: '1994-05-12', version: 3 },
    );
    const editedHelicopters = oldClaim(helicopters, { value: 3, note: 'ministry revised', editedAt: 50 });
    const userClaim = oldClaim({ ...nth(pack.claims, 4), id: 'mine', origin: 'user', period: '2020-09-28' });
    const displaced = oldClaim({ ...history, id: 'x#war_displaced@9', metric: 'war_displaced', start: 9 });
    const old = openAsVersion4(name);
    await old.table<Source>('sources').bulkAdd(pack.sources);
    await old.table('claims').bulkAdd([editedWar, editedHelicopters, userClaim]);
    // A seed claim the reader deleted: its tombstone follows it to the new id.
    await old.table('tombstones').put({ id: displaced.id, deletedAt: 5 });
    old.close();

    const db = new CrosstallyDb(name);
    expect(db.verno).toBe(12);
    expect(await claimRow(db, 'fx-history#war_deaths@56')).toBeUndefined();
    const war = must(await claimRow(db, 'fx-history#deaths@56'), 'renamed war claim');
    expect(war).toMatchObject({
      metric: 'deaths',
      period: '1988/1994',
      value: 30_500,
      editedAt: 99,
      version: 3,
      origin: 'seed',
    });
    // The date the reader had set is not the era's period: it is kept in the note, not dropped.
    expect(war.note).toBe(`per the 1995 census\n${EARLIER_DATE_NOTE} 1994-05-12`);
    expect(war).not.toHaveProperty('eventDate');
    expect(must(await claimRow(db, helicopters.id))).toMatchObject({
      metric: 'helicopters_downed',
      value: 3,
      note: 'ministry revised',
      editedAt: 50,
      period: '2020-09-27',
    });
    expect(must(await claimRow(db, 'mine'))).toMatchObject({ origin: 'user', period: '2020-09-28' });
    expect(await db.tombstones.toArray()).toEqual([{ id: 'x#displaced@9', deletedAt: 5 }]);
    // Search words follow the note; digests are rebuilt with periods, so reports compare by period.
    expect((await searchClaims(db, 'census')).reports.map((r) => r.claimId)).toEqual([
      'fx-history#deaths@56',
    ]);
    expect(await readDigest(db, 'war_deaths')).toBeUndefined();
    const deaths = await reportsForFigure(db, {
      metric: 'deaths',
      value: 30_000,
      qualifier: 'about',
      side: null,
      claimant: null,
      period: '1988/1994',
    });
    expect(deaths.groups.map((g) => [g.value, g.agreement])).toEqual([[30_500, 'compatible']]);
    const sameDay = await reportsForFigure(db, {
      metric: 'helicopters_downed',
      value: 3,
      qualifier: 'exact',
      side: 'AZ',
      claimant: null,
      period: '2020-09-27',
    });
    expect(sameDay.groups.map((g) => [g.value, g.agreement])).toEqual([[3, 'same']]);
    // The reader's own claim of the next day is listed apart, not compared.
    expect(sameDay.otherPeriods.map((s) => [s.period, s.groups.map((g) => g.agreement)])).toEqual([
      ['2020-09-28', ['unknown']],
    ]);
    db.close();
  });

  it('leaves an upgrade that would merge two claims under one id with the old id', async () => {
    const name = `migration-v4-twin-${Math.random()}`;
    const pack = fixtureFullPack();
    const history = must(pack.claims.find((c) => c.metric === 'deaths'));
    const retired = oldClaim({
      ...history,
      id: 's#war_deaths@1',
      sourceId: 's',
      start: 1,
      metric: 'war_deaths',
    });
    const current = oldClaim({ ...history, id: 's#deaths@1', sourceId: 's', start: 1, metric: 'deaths' });
    const old = openAsVersion4(name);
    await old.table('claims').bulkAdd([retired, current]);
    old.close();
    const db = new CrosstallyDb(name);
    expect((await allClaimRows(db)).map((c) => [c.id, c.metric]).sort()).toEqual([
      ['s#deaths@1', 'deaths'],
      ['s#war_deaths@1', 'deaths'],
    ]);
    db.close();
  });
});
