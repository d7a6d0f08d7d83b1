/**
 * A store a reader has used, for the upgrade tests: the seed, an edited claim with a note, a
 * deleted one, a page the ledger read and a subscribed pack's claims.
 */
import { CrosstallyDb } from '../../../utils/store/db';
import { applyImport } from '../../../utils/store/import-export';
import { recordReading } from '../../../utils/store/ledger/record';
import { deleteClaim, updateClaim } from '../../../utils/store/mutations';
import { namespacePack } from '../../../utils/store/published/subscription';
import { seedStore } from '../../../utils/store/seed';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixtureFullPack, fixturePack, nth } from './helpers';
import { figureIn, pageOf, SAID_16 } from './ledger/ledger-fixtures';

/** Opens `name` at today's schema and fills it as a reader would; `note` is the edited claim's note. */
export async function usedStore(name: string, note: string): Promise<CrosstallyDb> {
  const db = new CrosstallyDb(name);
  await seedStore(db, fixturePack(), 10);
  const seed = fixtureFullPack();
  await updateClaim(db, nth(seed.claims, 0).id, { value: 41, note });
  await deleteClaim(db, nth(seed.claims, 1).id);
  const text = `Intro. ${SAID_16}`;
  await recordReading(db, {
    page: pageOf(text),
    site: 'news.example',
    figures: [figureIn(text, SAID_16, '16 soldiers', 16)],
  });
  await applyImport(db, namespacePack('desk1', claimPackGenerator(11).pack(0, 400)));
  return db;
}
