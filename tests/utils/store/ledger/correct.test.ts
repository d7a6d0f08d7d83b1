import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimRow, claimsOfOrigin } from '../../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../../utils/store/db';
import { correctReadClaim } from '../../../../utils/store/ledger/correct';
import { recordReading } from '../../../../utils/store/ledger/record';
import { seedStore } from '../../../../utils/store/seed';
import { fixturePack, freshDb, must } from '../helpers';
import { DAY, figureIn, pageOf, SAID_16, SAID_19, SEP_28 } from './ledger-fixtures';

let db: CrosstallyDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const site = 'news.example';
const readClaims = () => claimsOfOrigin(db, 'read');

describe('correcting a read figure from the overlay', () => {
  it('keeps the reader’s number and side over what the page says on later visits', async () => {
    const figures = [figureIn(SAID_16, SAID_16, '16 soldiers', 16)];
    await recordReading(db, { page: pageOf(SAID_16), site, figures }, SEP_28);
    const [read] = await readClaims();
    const corrected = await correctReadClaim(db, must(read).id, { value: 61, side: 'AZ' }, SEP_28 + 1);
    expect(corrected).toEqual({ id: must(read).id, value: 61, side: 'AZ' });
    // The outlet changes its figure; the reader's correction stands.
    const changed = [figureIn(SAID_19, SAID_19, '19 soldiers', 19)];
    await recordReading(db, { page: pageOf(SAID_19), site, figures: changed }, SEP_28 + DAY);
    const [after] = await readClaims();
    expect([after?.value, after?.side, after?.editedAt]).toEqual([61, 'AZ', SEP_28 + 1]);
  });

  it('leaves the side and the qualifier as read when only a number is given', async () => {
    const figures = [{ ...figureIn(SAID_16, SAID_16, '16 soldiers', 16), qualifier: 'about' as const }];
    await recordReading(db, { page: pageOf(SAID_16), site, figures }, SEP_28);
    const [read] = await readClaims();
    await correctReadClaim(db, must(read).id, { value: 17 });
    const [after] = await readClaims();
    expect([after?.value, after?.qualifier, after?.side]).toEqual([17, 'about', read?.side]);
  });

  it('refuses a claim that is not a read figure, and changes nothing', async () => {
    await seedStore(db, fixturePack(), 10);
    const seeded = 'fx-wire#drones_downed@195';
    await expect(correctReadClaim(db, seeded, { value: 1 })).rejects.toThrow('not in your reading ledger');
    expect((await claimRow(db, seeded))?.value).toBe(15);
    await expect(correctReadClaim(db, 'no-such-claim', { value: 1 })).rejects.toThrow(
      'not in your reading ledger',
    );
  });
});
