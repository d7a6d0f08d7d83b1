/**
 * Read queries of the store: reports for a figure, counts, a source with its text (and search,
 * from search.ts).
 *
 * Groupings of a metric's digest, sources and recently listed claims are cached in memory per
 * database handle and dropped on any write (the database's revision counter), so repeated
 * overlays on one page do not read the same rows again.
 */
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { buildDigests, emptyDigest, type MetricDigest } from './digests';
import { allSources, cacheIfCurrent, cacheOf, sourcesById } from './query-cache';
import {
  DEFAULT_REPORT_LIMITS,
  fillReports,
  type Grouping,
  groupDigest,
  planReports,
  type ReportLimits,
} from './report-groups';
import type { Claim, ClaimOrigin, PageFigure, ReportsForFigure, SeedDocument, StoreCounts } from './types';

export { allSources } from './query-cache';
export { searchClaims } from './search';

const MAX_CACHED_CLAIMS = 5_000;
const MAX_CACHED_GROUPINGS = 64;

/** The metric's digest; built from its claims when none is stored (claims written before digests). */
async function digestOf(db: CrosstallyDb, metric: string): Promise<MetricDigest> {
  const stored = await db.digests.get(metric);
  if (stored) return stored;
  const claims = (await db.claims.where('metric').equals(metric).toArray()).map(fromStoredClaim);
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
    page.sourceId === undefined ? [] : db.claims.where('sourceId').equals(page.sourceId).primaryKeys(),
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
  const read = (await db.claims.bulkGet(missing)).filter((c) => c !== undefined).map(fromStoredClaim);
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

function tally(keys: unknown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const name = String(key);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Claims per metric, source and origin, read from the indexes alone. */
export async function counts(db: CrosstallyDb): Promise<StoreCounts> {
  return db.transaction('r', [db.claims, db.sources, db.tombstones], async () => {
    const [byMetric, bySource, byOrigin, sources, tombstones] = await Promise.all([
      db.claims.orderBy('metric').keys(),
      db.claims.orderBy('sourceId').keys(),
      db.claims.orderBy('origin').keys(),
      db.sources.count(),
      db.tombstones.count(),
    ]);
    const origins: Record<ClaimOrigin, number> = { seed: 0, user: 0, import: 0, ...tally(byOrigin) };
    return {
      claims: byMetric.length,
      sources,
      byMetric: tally(byMetric),
      bySource: tally(bySource),
      byOrigin: origins,
      tombstones,
    };
  });
}

/** A source with its stored text (if any) and its claims in text order; null when unknown. */
export async function getSeedDocument(db: CrosstallyDb, sourceId: string): Promise<SeedDocument | null> {
  return db.transaction('r', [db.sources, db.documents, db.claims], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return null;
    const [document, claims] = await Promise.all([
      db.documents.get(sourceId),
      db.claims.where('sourceId').equals(sourceId).toArray(),
    ]);
    return {
      source,
      text: document?.text ?? null,
      claims: claims.map(fromStoredClaim).sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}
