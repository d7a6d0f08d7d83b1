import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allClaimRows } from '../../../../utils/store/claim-rows';
import { CrosstallyDb } from '../../../../utils/store/db';
import { recordReading } from '../../../../utils/store/ledger/record';
import { claimWords } from '../../../../utils/store/words';
import { fixtureFullPack, nth } from '../helpers';
import { figureIn, pageOf, SAID_16 } from './ledger-fixtures';

/** Schema 4 as another branch may ship it: claims carry a `period` (indexed), which this code does not know. */
function openAsVersion4WithPeriods(name: string) {
  const db = new Dexie(name);
  db.version(4).stores({
    sources: 'id, kind, outlet',
    claims: 'id, metric, sourceId, claimant.id, origin, *words, [value+metric], period',
    meta: 'key',
    documents: 'sourceId',
    tombstones: 'id',
    digests: 'metric',
    importJournal: '++seq, importId',
  });
  return db;
}

describe('schema 6 (the reading ledger)', () => {
  it('opens a version-4 database without dropping fields it does not know, and records pages at once', async () => {
    const name = `ledger-migration-${Math.random()}`;
    const pack = fixtureFullPack();
    const claims = pack.claims.map((claim) => ({
      ...claim,
      words: claimWords(claim),
      version: 3,
      period: '2020-09-27/2020-11-10',
    }));
    const old = openAsVersion4WithPeriods(name);
    await old.table('sources').bulkAdd(pack.sources);
    await old.table('claims').bulkAdd(claims);
    old.close();

    const db = new CrosstallyDb(name);
    expect(db.verno).toBe(12);
    // Schema 8 moved the search words to word rows; every other field stays.
    const stored = (await allClaimRows(db))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ wordBatch: _b, ...claim }) => claim);
    expect(stored).toEqual(
      [...claims].sort((a, b) => a.id.localeCompare(b.id)).map(({ words: _w, ...claim }) => claim),
    );
    expect((nth(stored, 0) as unknown as { period: string }).period).toBe('2020-09-27/2020-11-10');
    const text = `Intro. ${SAID_16}`;
    const recorded = await recordReading(db, {
      page: pageOf(text),
      site: 'news.example',
      figures: [figureIn(text, SAID_16, '16 soldiers', 16)],
    });
    expect(recorded.added).toBe(1);
    expect(await db.readings.count()).toBe(1);
    await db.delete();
  });
});
