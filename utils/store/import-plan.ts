/**
 * What importing a pack would change, chunk by chunk: each plan function reads the stored rows of
 * one chunk (call it inside a transaction over importTables) and says what to write, counts it,
 * and fills the chunk's journal row with what the writes will replace.
 */
import { anchorProblem } from './anchors';
import type { ClaimInput, ClaimPackInput } from './claim-pack/schema';
import { completeClaim, completeSource, sameClaimContent, sameSource } from './claim-records';
import { claimIdsBetween, claimRows, claimsOfSource } from './claim-rows';
import {
  type CrosstallyDb,
  fromStoredClaim,
  type ImportJournalRow,
  type StoredClaim,
  type Tombstone,
} from './db';
import { outletKeyOf } from './digests';
import { type ErrorIssue, StoreError } from './errors';
import { sourceRows } from './source-rows';
import type { Claim, ConflictPolicy, ImportConflict, ImportResult, Source, SourceDocument } from './types';

const MAX_LISTED_PROBLEMS = 50;
/**
 * Up to this many tombstones, a chunk reads them all in one request instead of looking up each of
 * its ids (one request per id, nearly all misses: the larger part of planning a chunk).
 */
const TOMBSTONES_READ_WHOLE = 2_000;

/**
 * Up to this many stored keys per id of a chunk, the keys between its first and last id are read in
 * one request, and only the ids found there are looked up. Most ids of an import are new, and a
 * lookup costs about as much as a miss as a hit; a pack lists its claims sorted (as exports do) or
 * by source, so a chunk's ids lie close together. Ids spread over the whole store fall back to
 * one lookup per id.
 */
const KEYS_READ_PER_ID = 4;

/** The stored row of each id, if any. */
async function storedClaims(db: CrosstallyDb, ids: string[]): Promise<(StoredClaim | undefined)[]> {
  const [first] = ids;
  if (first === undefined) return [];
  let [low, high] = [first, first];
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const limit = ids.length * KEYS_READ_PER_ID;
  const keys = await claimIdsBetween(db, low, high, limit + 1);
  if (keys.length > limit) return claimRows(db, ids);
  const present = new Set<string>(keys);
  const found = ids.filter((id) => present.has(id));
  const rows = await claimRows(db, found);
  const byId = new Map(found.map((id, i) => [id, rows[i]]));
  return ids.map((id) => byId.get(id));
}

/** The tombstone of each id, if any. */
async function tombstonesOf(db: CrosstallyDb, ids: string[]): Promise<(Tombstone | undefined)[]> {
  if ((await db.tombstones.count()) > TOMBSTONES_READ_WHOLE) return db.tombstones.bulkGet(ids);
  const all = new Map((await db.tombstones.toArray()).map((tombstone) => [tombstone.id, tombstone]));
  return ids.map((id) => all.get(id));
}

export function emptyResult(): ImportResult {
  return {
    claims: { added: 0, updated: 0, unchanged: 0, kept: 0, replaced: 0 },
    sources: { added: 0, updated: 0, unchanged: 0 },
    documents: { added: 0, updated: 0, unchanged: 0, kept: 0 },
  };
}

/** The claims of one chunk to write; counts and conflicts go into `result` and `conflicts`. */
export async function planClaims(
  db: CrosstallyDb,
  inputs: ClaimInput[],
  policy: ConflictPolicy,
  now: number,
  result: ImportResult,
  conflicts: ImportConflict[],
  journal: ImportJournalRow,
): Promise<{ writes: Claim[]; stored: (StoredClaim | undefined)[]; untombstone: string[] }> {
  const ids = inputs.map((claim) => claim.id);
  const [stored, tombstones] = await Promise.all([storedClaims(db, ids), tombstonesOf(db, ids)]);
  const counts = result.claims;
  const writes: Claim[] = [];
  /** The stored row each write replaces (read once per chunk: the write reuses it). */
  const replaced: (StoredClaim | undefined)[] = [];
  const untombstone: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const existing = stored[i] ? fromStoredClaim(stored[i]) : undefined;
    const claim = completeClaim(input, { origin: 'import', now, existing });
    if (existing && sameClaimContent(existing, claim)) {
      counts.unchanged++;
      continue;
    }
    const tombstone = tombstones[i];
    const reason: ImportConflict['reason'] | null = tombstone
      ? 'deleted'
      : existing?.editedAt !== undefined
        ? 'edited'
        : existing?.origin === 'user'
          ? 'user'
          : null;
    if (reason) {
      conflicts.push({ claimId: claim.id, reason });
      if (policy === 'keep-mine') {
        counts.kept++;
        continue;
      }
      counts.replaced++;
      if (tombstone) {
        untombstone.push(claim.id);
        journal.tombstones.push(tombstone);
      }
    } else if (existing) counts.updated++;
    else counts.added++;
    if (existing) journal.claims.push(existing);
    else journal.addedClaims.push(claim.id);
    writes.push(claim);
    replaced.push(stored[i]);
  }
  return { writes, stored: replaced, untombstone };
}

/** The sources of one chunk to write, with the stored row each replaces (read once: the write reuses it). */
export async function planSources(
  db: CrosstallyDb,
  inputs: ClaimPackInput['sources'],
  result: ImportResult,
  journal: ImportJournalRow,
): Promise<{ writes: Source[]; stored: (Source | undefined)[] }> {
  const stored = await sourceRows(
    db,
    inputs.map((source) => source.id),
  );
  const writes: Source[] = [];
  const replaced: (Source | undefined)[] = [];
  for (const [i, input] of inputs.entries()) {
    const source = completeSource(input);
    const existing = stored[i];
    if (existing && sameSource(existing, source)) result.sources.unchanged++;
    else {
      result.sources[existing ? 'updated' : 'added']++;
      if (existing) journal.sources.push(existing);
      else journal.addedSources.push(source.id);
      writes.push(source);
      replaced.push(existing);
    }
  }
  return { writes, stored: replaced };
}

/** The outlet key of each of the pack's sources, by id, as stored once its sources are written. */
export function packOutletKeys(inputs: ClaimPackInput['sources']): Map<string, string> {
  return new Map(inputs.map((input) => [input.id, outletKeyOf(completeSource(input), input.id)]));
}

/**
 * The documents to write. A stored seed document is never replaced (it is what the seed claims
 * are anchored in); every other text must hold its claims where their selectors say, the pack's
 * claims and the stored ones alike, or the whole import is refused naming the document.
 */
export async function planDocuments(
  db: CrosstallyDb,
  pack: ClaimPackInput,
  result: ImportResult,
  journal: ImportJournalRow,
): Promise<SourceDocument[]> {
  const docs = pack.documents ?? [];
  const ids = docs.map((doc) => doc.sourceId);
  const [storedDocs, storedSources] = await Promise.all([db.documents.bulkGet(ids), db.sources.bulkGet(ids)]);
  const writes: SourceDocument[] = [];
  const writtenAt = new Map<string, number>();
  for (const [i, doc] of docs.entries()) {
    const existing = storedDocs[i];
    if (existing && existing.text === doc.text) result.documents.unchanged++;
    else if (existing && storedSources[i]?.kind === 'seed') result.documents.kept++;
    else {
      result.documents[existing ? 'updated' : 'added']++;
      if (existing) journal.documents.push(existing);
      else journal.addedDocuments.push(doc.sourceId);
      writes.push(doc);
      writtenAt.set(doc.sourceId, i);
    }
  }
  await checkAnchors(db, pack, writes, writtenAt);
  return writes;
}

/** Refuses the pack when a text it leaves in the store does not hold a claim where its selector says. */
async function checkAnchors(
  db: CrosstallyDb,
  pack: ClaimPackInput,
  writes: SourceDocument[],
  writtenAt: Map<string, number>,
): Promise<void> {
  const texts = new Map(writes.map((doc) => [doc.sourceId, doc.text]));
  // Only the stored texts are read: their ids first (keys only), as most sources have none.
  const storedTexts = new Set((await db.documents.toCollection().primaryKeys()).map(String));
  const others = [...new Set(pack.claims.map((claim) => claim.sourceId))].filter(
    (id) => !texts.has(id) && storedTexts.has(id),
  );
  (await db.documents.bulkGet(others)).forEach((doc) => {
    if (doc) texts.set(doc.sourceId, doc.text);
  });
  const problems: ErrorIssue[] = [];
  const offended = new Set<string>();
  const check = (sourceId: string, claim: Parameters<typeof anchorProblem>[1], packIndex?: number) => {
    const text = texts.get(sourceId);
    const problem = text === undefined ? null : anchorProblem(text, claim);
    if (!problem) return;
    offended.add(sourceId);
    const at = writtenAt.get(sourceId);
    const inPack = packIndex === undefined ? '' : ` (claims[${packIndex}])`;
    problems.push(
      at === undefined
        ? { path: packIndex === undefined ? '' : `claims[${packIndex}]`, ...problem, storedText: sourceId }
        : { path: `documents[${at}].text${inPack}`, ...problem },
    );
  };
  const inPack = new Set(pack.claims.map((claim) => claim.id));
  for (const [i, claim] of pack.claims.entries()) check(claim.sourceId, claim, i);
  for (const doc of writes) {
    const stored = await claimsOfSource(db, doc.sourceId);
    for (const claim of stored) if (!inPack.has(claim.id)) check(doc.sourceId, claim);
  }
  if (problems.length === 0) return;
  const listed: ErrorIssue[] = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length)
    listed.push({ path: '', key: 'error.issue.andMore', params: { count: problems.length - listed.length } });
  const names = [...offended].map((id) => `"${id}"`).join(', ');
  const one = problems.length === 1;
  throw new StoreError(
    'invalid-pack',
    one ? 'error.textsMisplaceClaim' : 'error.textsMisplaceClaims',
    one ? { names } : { names, count: problems.length },
    listed,
  );
}
