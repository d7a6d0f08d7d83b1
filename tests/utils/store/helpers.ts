/** Shared test helpers: a fresh database per test and the helicopters fixture pack. */

import type { ClaimPack, ClaimPackInput } from '../../../utils/store/claim-pack/schema';
import { validateClaimPack } from '../../../utils/store/claim-pack/validate';
import { allClaimRows } from '../../../utils/store/claim-rows';
import { CrosstallyDb, fromStoredClaim } from '../../../utils/store/db';
import { StoreError } from '../../../utils/store/errors';
import { BATCH_IDS_WORD, idsOfWordRows } from '../../../utils/store/word-rows';
import fixture from '../../fixtures/claim-packs/helicopters.json';

let counter = 0;

/** A database with a name no other test uses. */
export function freshDb(): CrosstallyDb {
  counter++;
  return new CrosstallyDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** The fixture pack (helicopters: 2 by arm_mod, 4 by nk_mod, 1 by az_mod, across four sources), validated. */
export function fixturePack(): ClaimPackInput {
  return validateClaimPack(structuredClone(fixture));
}

/** The fixture as the complete pack buildClaimPack wrote. */
export function fixtureFullPack(): ClaimPack {
  return structuredClone(fixture) as ClaimPack;
}

/** Everything a user could notice in the store, in a comparable form. */
export async function snapshot(db: CrosstallyDb) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    claims: byId((await allClaimRows(db)).map(fromStoredClaim)),
    sources: byId(await db.sources.toArray()),
    documents: (await db.documents.toArray()).sort((a, b) => a.sourceId.localeCompare(b.sourceId)),
    tombstones: byId(await db.tombstones.toArray()),
  };
}

/** The item at `index`; fails the test when there is none. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index} (of ${items.length})`);
  return item;
}

/** The value; fails the test when it is missing. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** The StoreError `run` throws; fails the test when it throws nothing or something else. */
export function storeErrorOf(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

/**
 * The stored word rows as ids (an import's rows list places in their batch's id row), without
 * the id rows themselves.
 */
export async function wordRowsAsIds(
  db: CrosstallyDb,
): Promise<{ word: string; batch: number; ids: string[] }[]> {
  const rows = (await db.words.toArray()).filter((row) => row.word !== BATCH_IDS_WORD);
  return Promise.all(
    rows.map(async (row) => ({ word: row.word, batch: row.batch, ids: await idsOfWordRows(db, [row]) })),
  );
}
