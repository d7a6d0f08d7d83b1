/**
 * Import and export of claim packs. An import is previewed first (added, updated, unchanged,
 * conflicting with the user's edits), then applied all or nothing in one transaction; the plan is
 * recomputed inside that transaction, so a preview that went stale cannot write stale data.
 */
import {
  CLAIM_PACK_FORMAT,
  CLAIM_PACK_VERSION,
  type ClaimPack,
  type ClaimPackInput,
  parseClaimPackText,
  validateClaimPack,
} from './claim-pack';
import { completeClaim, completeSource, sameClaimContent, sameSource } from './claim-records';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { guardQuota } from './errors';
import type {
  Claim,
  ConflictPolicy,
  ExportFilter,
  ImportConflict,
  ImportPreview,
  ImportResult,
  Source,
  SourceDocument,
} from './types';
import { putClaims, putSources, writeTables } from './writes';

const MAX_LISTED_CONFLICTS = 200;

/** A pack file's text, or an already parsed value. Either is fully validated. */
export type PackInput = string | unknown;

function readPack(input: PackInput): ClaimPackInput {
  return typeof input === 'string' ? parseClaimPackText(input) : validateClaimPack(input);
}

interface ImportPlan {
  claimWrites: Claim[];
  untombstone: string[];
  sourceWrites: Source[];
  documents: SourceDocument[];
  conflicts: ImportConflict[];
  result: ImportResult;
}

/** Reads what the pack would change; call inside a transaction over claims, sources and tombstones. */
async function planImport(db: CrosstallyDb, pack: ClaimPackInput, policy: ConflictPolicy, now: number) {
  const ids = pack.claims.map((claim) => claim.id);
  const [stored, tombstones, storedSources] = await Promise.all([
    db.claims.bulkGet(ids),
    db.tombstones.bulkGet(ids),
    db.sources.bulkGet(pack.sources.map((source) => source.id)),
  ]);
  const plan: ImportPlan = {
    claimWrites: [],
    untombstone: [],
    sourceWrites: [],
    documents: pack.documents ?? [],
    conflicts: [],
    result: {
      claims: { added: 0, updated: 0, unchanged: 0, kept: 0, replaced: 0 },
      sources: { added: 0, updated: 0, unchanged: 0 },
    },
  };
  const counts = plan.result.claims;
  for (const [i, input] of pack.claims.entries()) {
    const existing = stored[i] ? fromStoredClaim(stored[i]) : undefined;
    const claim = completeClaim(input, { origin: 'import', now, existing });
    if (existing && sameClaimContent(existing, claim)) {
      counts.unchanged++;
      continue;
    }
    const reason: ImportConflict['reason'] | null = tombstones[i]
      ? 'deleted'
      : existing?.editedAt !== undefined
        ? 'edited'
        : existing?.origin === 'user'
          ? 'user'
          : null;
    if (reason) {
      plan.conflicts.push({ claimId: claim.id, reason });
      if (policy === 'keep-mine') {
        counts.kept++;
        continue;
      }
      counts.replaced++;
      if (tombstones[i]) plan.untombstone.push(claim.id);
    } else if (existing) counts.updated++;
    else counts.added++;
    plan.claimWrites.push(claim);
  }
  for (const [i, input] of pack.sources.entries()) {
    const source = completeSource(input);
    const existing = storedSources[i];
    if (existing && sameSource(existing, source)) plan.result.sources.unchanged++;
    else {
      plan.result.sources[existing ? 'updated' : 'added']++;
      plan.sourceWrites.push(source);
    }
  }
  return plan;
}

function importTables(db: CrosstallyDb) {
  return [...writeTables(db), db.tombstones, db.documents];
}

/** What importing the pack would do, without writing anything. */
export async function previewImport(
  db: CrosstallyDb,
  input: PackInput,
  now = Date.now(),
): Promise<ImportPreview> {
  const pack = readPack(input);
  // An async scope, so Dexie keeps the transaction open across planImport's awaits.
  const plan = await db.transaction('r', importTables(db), async () =>
    planImport(db, pack, 'keep-mine', now),
  );
  const { added, updated, unchanged } = plan.result.claims;
  return {
    generatedBy: pack.generatedBy ?? null,
    createdAt: pack.createdAt,
    claims: { added, updated, unchanged, conflicting: plan.conflicts.length },
    sources: plan.result.sources,
    conflicts: plan.conflicts.slice(0, MAX_LISTED_CONFLICTS),
  };
}

/** Imports the pack in one transaction: every write lands, or (on any error) none does. */
export async function applyImport(
  db: CrosstallyDb,
  input: PackInput,
  options: { onConflict?: ConflictPolicy; now?: number } = {},
): Promise<ImportResult> {
  const pack = readPack(input);
  const now = options.now ?? Date.now();
  return guardQuota(() =>
    db.transaction('rw', importTables(db), async () => {
      const plan = await planImport(db, pack, options.onConflict ?? 'keep-mine', now);
      await putSources(db, plan.sourceWrites);
      await putClaims(db, plan.claimWrites);
      await db.tombstones.bulkDelete(plan.untombstone);
      await db.documents.bulkPut(plan.documents);
      return plan.result;
    }),
  );
}

/** The whole store, or the claims matching a filter with their sources, as a claim pack. */
export async function exportPack(
  db: CrosstallyDb,
  filter: ExportFilter = {},
  options: { now?: number; generatedBy?: string } = {},
): Promise<ClaimPack> {
  return db.transaction('r', [db.claims, db.sources, db.documents], async () => {
    const filtered =
      filter.metric !== undefined || filter.origin !== undefined || filter.sourceIds || filter.claimantId;
    // One exact lookup per source: an anyOf cursor is slow in some IndexedDB engines.
    const candidates = filter.metric
      ? await db.claims.where('metric').equals(filter.metric).toArray()
      : filter.sourceIds
        ? (
            await Promise.all(filter.sourceIds.map((id) => db.claims.where('sourceId').equals(id).toArray()))
          ).flat()
        : await db.claims.toArray();
    const sourceIds = filter.sourceIds && new Set(filter.sourceIds);
    const claims = candidates
      .filter(
        (claim) =>
          (filter.origin === undefined || claim.origin === filter.origin) &&
          (filter.claimantId === undefined || claim.claimant?.id === filter.claimantId) &&
          (!sourceIds || sourceIds.has(claim.sourceId)),
      )
      .map(fromStoredClaim);
    const sources = filtered
      ? (await db.sources.bulkGet([...new Set(claims.map((claim) => claim.sourceId))])).filter(
          (source): source is Source => source !== undefined,
        )
      : await db.sources.toArray();
    const documents = (await db.documents.bulkGet(sources.map((source) => source.id))).filter(
      (doc): doc is SourceDocument => doc !== undefined,
    );
    const known = new Set(sources.map((source) => source.id));
    return {
      format: CLAIM_PACK_FORMAT,
      version: CLAIM_PACK_VERSION,
      generatedBy: options.generatedBy ?? 'Crosstally export',
      createdAt: options.now ?? Date.now(),
      sources,
      // A claim whose source is gone could not be imported again (packs are self-contained).
      claims: claims.filter((claim) => known.has(claim.sourceId)),
      ...(documents.length > 0 ? { documents } : {}),
    };
  });
}
