/**
 * Read queries of the store: reports for a figure, counts, a source with its text (and search,
 * from search.ts).
 *
 * Groupings of a metric's digest, sources and recently listed claims are cached in memory per
 * database handle and dropped on any write (the database's revision counter), so repeated
 * overlays on one page do not read the same rows again.
 */
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import {
  claimCount,
  claimCountsBySource,
  claimIdsOfSource,
  claimReadTables,
  claimRows,
  claimsOfMetric,
  claimsOfSource,
  countOfOrigin,
} from './claim-rows';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { readAllDigests, readDigest } from './digest-rows';
import { buildDigests, digestSize, emptyDigest, type MetricDigest } from './digests';
import { allSources, cacheIfCurrent, cacheOf, sourcesById } from './query-cache';
import { type Grouping, groupDigest } from './reports/groups';
import { DEFAULT_REPORT_LIMITS, fillReports, planReports, type ReportLimits } from './reports/plan';
import {
  CLAIM_ORIGINS,
  type Claim,
  type ClaimOrigin,
  type PageFigure,
  type ReportsForFigure,
  type SeedDocument,
  type StoreCounts,
} from './types';

export { allSources } from './query-cache';
export { searchClaims } from './search';

const MAX_CACHED_CLAIMS = 5_000;
const MAX_CACHED_GROUPINGS = 64;

/** The metric's digest; built from its claims when none is stored (claims written before digests). */
async function digestOf(db: CrosstallyDb, metric: string): Promise<MetricDigest> {
  const stored = await readDigest(db, metric);
  if (stored) return stored;
  const claims = (await claimsOfMetric(db, metric)).map(fromStoredClaim);
  return buildDigests(claims, await allSources(db)).get(metric) ?? emptyDigest(metric);
}

/** The page figure's metric grouped for its side, without its own source's claims; cached. */
async function groupingFor(db: CrosstallyDb, page: PageFigure): Promise<Grouping> {
  const key = `${page.metric}|${page.side ?? ''}|${page.sourceId ?? ''}`;
  const cached = cacheOf(db).groupings.get(key);
  if (cached) return cached;
  const revision = db.revision;
  const [digest, excluded] = await Promise.all([
    digestOf(db, page.metric),
    page.sourceId === undefined ? [] : claimIdsOfSource(db, page.sourceId),
  ]);
  const grouping = groupDigest(digest, page, new Set(excluded));
  cacheIfCurrent(db, revision, ({ groupings }) => {
    if (groupings.size >= MAX_CACHED_GROUPINGS) groupings.delete(groupings.keys().next().value as string);
    groupings.set(key, grouping);
  });
  return grouping;
}

/** Claims by id, from the cache or the store. */
async function claimsById(db: CrosstallyDb, ids: string[]): Promise<Map<string, Claim>> {
  const cache = cacheOf(db);
  const missing = ids.filter((id) => !cache.claims.has(id));
  const revision = db.revision;
  const read = (await claimRows(db, missing)).filter((c) => c !== undefined).map(fromStoredClaim);
  cacheIfCurrent(db, revision, ({ claims }) => {
    if (claims.size + read.length > MAX_CACHED_CLAIMS) claims.clear();
    for (const claim of read) claims.set(claim.id, claim);
  });
  const found = new Map(read.map((claim) => [claim.id, claim]));
  for (const id of ids) {
    const claim = cache.claims.get(id);
    if (claim) found.set(id, claim);
  }
  return found;
}

export function metricLabel(
  metric: string,
  pack: TopicPackData = defaultPackData,
): { id: string; label: string } {
  return { id: metric, label: metricById(pack, metric)?.label ?? metric };
}

/**
 * Every other report of the page figure's metric, grouped by value, then claimant, with the
 * summary. Counts cover every report; quotes are listed within `limits`.
 */
export async function reportsForFigure(
  db: CrosstallyDb,
  page: PageFigure,
  options: { limits?: Partial<ReportLimits>; pack?: TopicPackData } = {},
): Promise<ReportsForFigure> {
  const limits = { ...DEFAULT_REPORT_LIMITS, ...options.limits };
  const plan = planReports(metricLabel(page.metric, options.pack), await groupingFor(db, page), page, limits);
  const claims = await claimsById(db, plan.shown);
  const sources = await sourcesById(
    db,
    [...claims.values()].map((claim) => claim.sourceId),
  );
  return fillReports(plan, claims, sources);
}

const ORIGINS = CLAIM_ORIGINS;

/**
 * Claims per metric (from the digests), per origin (three exact index counts) and per source (one
 * pass over the sourceId index's keys: a count per source is one request per source, which took
 * Chromium over a minute for 100,000 claims from 10,000 sources).
 */
export async function counts(db: CrosstallyDb): Promise<StoreCounts> {
  const tables = [...claimReadTables(db), db.sources, db.tombstones, db.digestGroups];
  return db.transaction('r', tables, async () => {
    const [claims, sources, tombstones, digests, originCounts, bySource] = await Promise.all([
      claimCount(db),
      db.sources.count(),
      db.tombstones.count(),
      readAllDigests(db),
      Promise.all(ORIGINS.map((origin) => countOfOrigin(db, origin))),
      claimCountsBySource(db),
    ]);
    const byMetric: Record<string, number> = {};
    for (const digest of digests) {
      const size = digestSize(digest);
      if (size > 0) byMetric[digest.metric] = size;
    }
    const byOrigin = Object.fromEntries(ORIGINS.map((origin, i) => [origin, originCounts[i] ?? 0])) as Record<
      ClaimOrigin,
      number
    >;
    return { claims, sources, byMetric, bySource, byOrigin, tombstones };
  });
}

/** A source with its stored text (if any) and its claims in text order; null when unknown. */
export async function getSeedDocument(db: CrosstallyDb, sourceId: string): Promise<SeedDocument | null> {
  return db.transaction('r', [db.sources, db.documents, ...claimReadTables(db)], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return null;
    const [document, claims] = await Promise.all([db.documents.get(sourceId), claimsOfSource(db, sourceId)]);
    return {
      source,
      text: document?.text ?? null,
      claims: claims.map(fromStoredClaim).sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}
