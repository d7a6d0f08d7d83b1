/**
 * Reads of claim blocks for claim-rows.ts (their one caller: the layer test lets only these two
 * modules read the claim tables): blocks by key with the ones read lately kept, blocks and block
 * claims by a tallied field, counts from tallies, and block claims by id.
 *
 * Each function returns Dexie's own promises, so it runs inside the caller's transaction.
 */
import Dexie from 'dexie';
import {
  BLOCK_CLAIMS,
  type ClaimBlock,
  claimsOfBlock,
  TALLY_INDEX,
  type TalliedField,
  type Tally,
  tallyRange,
} from './claim-blocks';
import type { CrosstallyDb, StoredClaim } from './db';
import { cacheIfCurrent, cacheOf, keepRecent } from './query-cache';

/**
 * Decoded blocks kept per handle while no write commits (query-cache.ts; about 1 MB for typical
 * claims): the manager's search reads the same blocks again as the reader types.
 */
const RECENT_BLOCKS = 256;

/**
 * The distinct blocks of these keys (a multi-entry lookup lists a block once per matching entry),
 * the recently read ones without a request. Not async: with nothing to read it answers with
 * Dexie's own promise, as a native one resolved with no request in between can lose the caller's
 * transaction (Dexie then commits it early).
 */
export function blocksOfKeys(db: CrosstallyDb, keys: readonly string[]): Promise<ClaimBlock[]> {
  const recent = cacheOf(db).blocks;
  const revision = db.revision;
  const found: ClaimBlock[] = [];
  const missing: string[] = [];
  for (const key of new Set(keys)) {
    const block = recent.get(key);
    if (block) found.push(block);
    else missing.push(key);
  }
  if (missing.length === 0) return Dexie.Promise.resolve(found);
  return db.claimBlocks.bulkGet(missing).then((blocks) => {
    for (const block of blocks) {
      if (!block) continue;
      found.push(block);
      cacheIfCurrent(db, revision, (cache) => keepRecent(cache.blocks, block.key, block, RECENT_BLOCKS));
    }
    return found;
  });
}

/** The blocks holding a claim whose `field` is `value` (found by their tallies, read once each). */
export function blocksWith(db: CrosstallyDb, field: TalliedField, value: string): Promise<ClaimBlock[]> {
  return db.claimBlocks
    .where(TALLY_INDEX[field])
    .between(...tallyRange(value), true, true)
    .primaryKeys()
    .then((keys) => blocksOfKeys(db, keys));
}

/** The claims of blocks whose `field` is `value`. */
export function blockClaimsWith(
  db: CrosstallyDb,
  field: TalliedField,
  value: string,
): Promise<StoredClaim[]> {
  return blocksWith(db, field, value).then((blocks) =>
    blocks.flatMap((block) => claimsOfBlock(block, (claim) => claim[field] === value)),
  );
}

/**
 * How many block claims have `field` = `value`: the tallies' counts, no block read. A few
 * blocks: their tallies are walked. Many (an import's thousands): a tally counts at most
 * BLOCK_CLAIMS claims, so one exact count request per possible tally adds them up, where a walk
 * costs a request per block (~0.06 ms each: ~180 ms for the origin of 100,000 imported claims).
 * Blocks whose tallies exceed BLOCK_CLAIMS (none are written) would be missed: then it walks.
 */
export function blockCount(db: CrosstallyDb, field: TalliedField, value: string): Promise<number> {
  const index = TALLY_INDEX[field];
  const walk = () => {
    let count = 0;
    return db.claimBlocks
      .where(index)
      .between(...tallyRange(value), true, true)
      .eachKey((key) => {
        count += (key as unknown as Tally<string>)[1];
      })
      .then(() => count);
  };
  return db.claimBlocks
    .where(index)
    .between(...tallyRange(value), true, true)
    .count()
    .then((blocks) => {
      if (blocks <= BLOCK_CLAIMS) return walk();
      const tallies = Array.from({ length: BLOCK_CLAIMS }, (_, i) => i + 1);
      return Dexie.Promise.all(
        tallies.map((tally) => db.claimBlocks.where(index).equals([value, tally]).count()),
      ).then((counts) => {
        const counted = counts.reduce((sum, n) => sum + n, 0);
        return counted === blocks ? counts.reduce((sum, n, i) => sum + n * (i + 1), 0) : walk();
      });
    });
}

/** The block claims of these ids, by id. */
export function blockClaimsById(db: CrosstallyDb, ids: readonly string[]): Promise<Map<string, StoredClaim>> {
  const wanted = new Set(ids);
  // One key lookup per id, not `anyOf`: its cursor hops from key to key, each hop a request
  // (seconds for 50 ids in fake-indexeddb), where these run side by side.
  return Dexie.Promise.all([...wanted].map((id) => db.claimBlocks.where('ids').equals(id).primaryKeys()))
    .then((keys) => blocksOfKeys(db, keys.flat()))
    .then((blocks) => {
      const found = new Map<string, StoredClaim>();
      for (const block of blocks)
        for (const claim of claimsOfBlock(block, (claim) => wanted.has(claim.id))) found.set(claim.id, claim);
      return found;
    });
}
