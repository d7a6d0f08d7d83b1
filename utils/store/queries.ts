/**
 * Read queries of the store: reports for a figure, search, counts, a source with its text.
 *
 * Groupings of a metric's digest, sources and recently listed claims are cached in memory per
 * database handle and dropped on any write (the database's revision counter), so repeated
 * overlays on one page do not read the same rows again.
 */
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import { type CrosstallyDb, fromStoredClaim } from './db';
import { buildDigests, emptyDigest, type MetricDigest } from './digests';
import {
  DEFAULT_REPORT_LIMITS,
  fillReports,
  type Grouping,
  groupDigest,
  planReports,
  type ReportLimits,
  toReport,
} from './report-groups';
import type {
  Claim,
  ClaimOrigin,
  PageFigure,
  ReportsForFigure,
  SearchFilters,
  SearchResult,
  SeedDocument,
  Source,
  StoreCounts,
} from './types';
import { foldText, queryWords, tokenize } from './words';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
const MAX_CACHED_CLAIMS = 5_000;
const MAX_CACHED_GROUPINGS = 64;

interface QueryCache {
  revision: number;
  sources?: Map<string, Source>;
  sourceWords?: Map<string, string[]>;
  groupings: Map<string, Grouping>;
  claims: Map<string, Claim>;
}

const caches = new WeakMap<CrosstallyDb, QueryCache>();

function cacheOf(db: CrosstallyDb): QueryCache {
  let cache = caches.get(db);
  if (!cache || cache.revision !== db.revision) {
    cache = { revision: db.revision, groupings: new Map(), claims: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Keeps a value in the cache only if no write happened while it was read. */
function cacheIfCurrent(db: CrosstallyDb, revisionAtStart: number, store: (cache: QueryCache) => void): void {
  if (db.revision === revisionAtStart) store(cacheOf(db));
}

export async function allSources(db: CrosstallyDb): Promise<Map<string, Source>> {
  const cached = cacheOf(db).sources;
  if (cached) return cached;
  const revision = db.revision;
  const sources = new Map((await db.sources.toArray()).map((source) => [source.id, source]));
  cacheIfCurrent(db, revision, (cache) => {
    cache.sources = sources;
  });
  return sources;
}

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

async function sourcesById(db: CrosstallyDb, ids: string[]): Promise<Map<string, Source>> {
  const cached = cacheOf(db).sources;
  if (cached) return cached;
  const unique = [...new Set(ids)];
  const read = await db.sources.bulkGet(unique);
  return new Map(read.filter((s) => s !== undefined).map((source) => [source.id, source]));
}

export function metricLabel(metric: string, pack: TopicPackData = defaultPackData): { id: string; label: string } {
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
  const sources = await sourcesById(db, [...claims.values()].map((claim) => claim.sourceId));
  return fillReports(plan, claims, sources);
}

/** Folded words of each source's label and outlet, so a search for "reuters" finds its claims. */
async function sourceWords(db: CrosstallyDb): Promise<Map<string, string[]>> {
  const cached = cacheOf(db).sourceWords;
  if (cached) return cached;
  const revision = db.revision;
  const words = new Map<string, string[]>();
  for (const source of (await allSources(db)).values()) {
    words.set(source.id, tokenize(`${source.label} ${source.outlet ?? ''}`));
  }
  cacheIfCurrent(db, revision, (cache) => {
    cache.sourceWords = words;
  });
  return words;
}

/** Claim ids one query word finds: in quotes and claimant labels (index), or in the outlet. */
async function idsForWord(db: CrosstallyDb, word: string): Promise<Set<string>> {
  const [byQuote, wordsOfSources] = await Promise.all([
    db.claims.where('words').startsWith(word).primaryKeys(),
    sourceWords(db),
  ]);
  const ids = new Set(byQuote);
  const matchingSources = [...wordsOfSources]
    .filter(([, words]) => words.some((w) => w.startsWith(word)))
    .map(([id]) => id);
  if (matchingSources.length > 0) {
    for (const id of await db.claims.where('sourceId').anyOf(matchingSources).primaryKeys()) ids.add(id);
  }
  return ids;
}

async function idsForFilters(db: CrosstallyDb, filters: SearchFilters): Promise<Set<string>[]> {
  const lookups: Promise<string[]>[] = [];
  if (filters.metric) lookups.push(db.claims.where('metric').equals(filters.metric).primaryKeys());
  if (filters.origin) lookups.push(db.claims.where('origin').equals(filters.origin).primaryKeys());
  if (filters.sourceId) lookups.push(db.claims.where('sourceId').equals(filters.sourceId).primaryKeys());
  if (filters.claimantId) lookups.push(db.claims.where('claimant.id').equals(filters.claimantId).primaryKeys());
  return (await Promise.all(lookups)).map((ids) => new Set(ids));
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * Claims whose quote, claimant or outlet has every query word (as a word prefix, diacritics
 * folded), narrowed by the filters. Ordered by claim id (source, then metric), paged.
 */
export async function searchClaims(db: CrosstallyDb, query: string, filters: SearchFilters = {}): Promise<SearchResult> {
  const words = queryWords(query);
  const sets = [...(await Promise.all(words.map((word) => idsForWord(db, word)))), ...(await idsForFilters(db, filters))];
  const ids =
    sets.length > 0 ? [...intersect(sets)] : foldText(query).trim() ? [] : await db.claims.toCollection().primaryKeys();
  ids.sort();
  const offset = Math.max(0, filters.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, filters.limit ?? DEFAULT_PAGE));
  const page = (await db.claims.bulkGet(ids.slice(offset, offset + limit))).filter((claim) => claim !== undefined);
  const sources = await allSources(db);
  return { total: ids.length, reports: page.map((claim) => toReport(claim, sources.get(claim.sourceId))) };
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
