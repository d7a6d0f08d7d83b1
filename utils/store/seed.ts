/**
 * Seeding: the bundled claim pack (origin seed) goes into the store on install, on update and
 * lazily on the first request. Idempotent: a meta row records the applied seed version, checked
 * inside the same transaction that writes, so racing seeders write once. A seed claim the user
 * edited or deleted stays so across seed versions.
 */
import seedJson from '../../assets/seed-claims.json';
import type { ClaimPackInput } from './claim-pack/schema';
import { validateClaimPack } from './claim-pack/validate';
import { completeClaim, completeSource, sameClaimContent, sameSource } from './claim-records';
import { claimIdsOfOrigin, claimRows } from './claim-rows';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { guardQuota } from './errors';
import type { Claim, SeedResult } from './types';
import { putClaims, putSources, removeClaims, writeTables } from './writes';

export const SEED_META_KEY = 'seed';

interface SeedMeta {
  version: string;
  appliedAt: number;
}

let bundledSeed: ClaimPackInput | undefined;

/** The seed pack shipped with the extension (assets/seed-claims.json), validated once. */
export function bundledSeedPack(): ClaimPackInput {
  bundledSeed ??= validateClaimPack(seedJson);
  return bundledSeed;
}

/** A content hash: a changed seed file is a new seed version, an unchanged one is not. */
export function seedVersionOf(pack: ClaimPackInput): string {
  const text = JSON.stringify(pack);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

function seedTables(db: CrosstallyDb) {
  // The reading ledger's articles go with their claims: a reset leaves no orphan reading.
  return [...writeTables(db), db.documents, db.tombstones, db.meta, db.readings];
}

/** Writes the seed; call inside a rw transaction over seedTables(db). */
async function applySeed(
  db: CrosstallyDb,
  pack: ClaimPackInput,
  version: string,
  now: number,
  force: boolean,
) {
  const result: SeedResult = {
    applied: false,
    version,
    added: 0,
    updated: 0,
    keptUserChanges: 0,
    removed: 0,
  };
  const meta = (await db.meta.get(SEED_META_KEY))?.value as SeedMeta | undefined;
  if (!force && meta?.version === version) return result;
  result.applied = true;

  // Sources first: claims take their outlet from their source when written.
  const storedSources = await db.sources.bulkGet(pack.sources.map((source) => source.id));
  const sourceWrites = pack.sources
    .map((input) => completeSource(input, 'seed'))
    .filter((source, i) => {
      const existing = storedSources[i];
      return !existing || (existing.kind === 'seed' && !sameSource(existing, source));
    });
  await putSources(db, sourceWrites);

  const ids = pack.claims.map((claim) => claim.id);
  const [stored, tombstones] = await Promise.all([claimRows(db, ids), db.tombstones.bulkGet(ids)]);
  const writes: Claim[] = [];
  for (const [i, input] of pack.claims.entries()) {
    const existing = stored[i] ? fromStoredClaim(stored[i]) : undefined;
    if (tombstones[i] || (existing && (existing.editedAt !== undefined || existing.origin !== 'seed'))) {
      result.keptUserChanges++;
      continue;
    }
    const claim = completeClaim({ ...input, origin: 'seed' }, { origin: 'seed', now, existing });
    if (existing && sameClaimContent(existing, claim)) continue;
    if (existing) result.updated++;
    else result.added++;
    writes.push(claim);
  }
  await putClaims(db, writes);

  // Seed claims dropped from a newer seed go, unless the user edited them.
  // (Keys first, then the few candidates: a filtered cursor over the origin index is slow.)
  const inPack = new Set(ids);
  const gone = (await claimIdsOfOrigin(db, 'seed')).filter((id) => !inPack.has(id));
  const retired = (await claimRows(db, gone))
    .filter((claim) => claim !== undefined)
    .filter((claim) => claim.editedAt === undefined)
    .map((claim) => claim.id);
  await removeClaims(db, retired);
  result.removed = retired.length;

  if (pack.documents) await db.documents.bulkPut(pack.documents);
  await db.meta.put({ key: SEED_META_KEY, value: { version, appliedAt: now } satisfies SeedMeta });
  return result;
}

/** Applies the seed unless this version is already in the store. */
export function seedStore(db: CrosstallyDb, pack: ClaimPackInput = bundledSeedPack(), now = Date.now()) {
  const version = seedVersionOf(pack);
  // The scope must itself be an async function: only then does Dexie keep the transaction alive
  // across the native awaits inside applySeed (a plain arrow commits it too early).
  return guardQuota(() =>
    db.transaction('rw', seedTables(db), async () => applySeed(db, pack, version, now, false)),
  );
}

const pending = new WeakMap<CrosstallyDb, Promise<SeedResult>>();

/**
 * Seeds once per database handle: install and the first request share one promise. A failed
 * attempt is forgotten so the next request tries again.
 */
export function ensureSeeded(db: CrosstallyDb, pack?: ClaimPackInput): Promise<SeedResult> {
  let promise = pending.get(db);
  if (!promise) {
    promise = seedStore(db, pack);
    pending.set(db, promise);
    promise.catch(() => pending.delete(db));
  }
  return promise;
}

/** Empties the store (user claims, imports, edits, deletions) and writes the seed afresh. */
export function resetToSeed(db: CrosstallyDb, pack: ClaimPackInput = bundledSeedPack(), now = Date.now()) {
  const version = seedVersionOf(pack);
  return guardQuota(() =>
    db.transaction('rw', seedTables(db), async () => {
      await Promise.all(seedTables(db).map((table) => table.clear()));
      return applySeed(db, pack, version, now, true);
    }),
  );
}
