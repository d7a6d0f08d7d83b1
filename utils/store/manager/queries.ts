/**
 * Read queries of the manager page: a page of the filtered, sorted claim list; the ids of a
 * query (to select or export it); the facets that fill the filter controls; the sources and how
 * many claims each holds. Only the claims of the requested page are read whole.
 */
import { defaultPackData, metricById, type TopicPackData } from '../../engine/topic-pack';
import { claimRows, countOfOrigin, countOfSource } from '../claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../db';
import { CLAIM_ORIGINS, type ClaimOrigin } from '../types';
import { managerView, sourcesById, sourcesWithText, storedClaimants } from './list-index';
import { matchingGroups, sliceGroups } from './match';
import type { ClaimFacets, ClaimListItem, ClaimListPage, ClaimQuery, SourceSummary } from './types';

/** Most claims one page carries; the manager asks for a screenful or two. */
export const MAX_LIST_PAGE = 500;
/** Most sources whose claims one request counts (the rows on screen). */
export const MAX_COUNTED_SOURCES = 500;

export function metricLabelOf(metric: string, pack: TopicPackData = defaultPackData): string {
  return metricById(pack, metric)?.label ?? metric;
}

/** One page of the claims matching the query, with the groups of the whole result. */
export async function listClaims(
  db: CrosstallyDb,
  query: ClaimQuery,
  offset: number,
  limit: number,
  pack: TopicPackData = defaultPackData,
): Promise<ClaimListPage> {
  const groups = await matchingGroups(db, query);
  const ids = sliceGroups(groups, offset, Math.min(MAX_LIST_PAGE, Math.max(0, limit)));
  const [stored, sources, texts] = await Promise.all([
    claimRows(db, ids),
    sourcesById(db),
    sourcesWithText(db),
  ]);
  const items: ClaimListItem[] = [];
  for (const row of stored) {
    if (!row) continue;
    const source = sources.get(row.sourceId);
    items.push({
      claim: fromStoredClaim(row),
      version: row.version,
      sourceLabel: source?.label ?? 'Unknown source',
      outlet: source?.outlet ?? null,
      sourceKind: source?.kind ?? null,
      sourceHasText: texts.has(row.sourceId),
    });
  }
  return {
    total: groups.reduce((sum, group) => sum + group.facts.length, 0),
    groups: groups.map((group) => ({
      metric: group.metric,
      label: metricLabelOf(group.metric, pack),
      count: group.facts.length,
    })),
    offset,
    items,
  };
}

/** The ids of the claims matching the query, in list order (all of them unless a range is given). */
export async function listClaimIds(
  db: CrosstallyDb,
  query: ClaimQuery,
  offset = 0,
  limit?: number,
): Promise<string[]> {
  return sliceGroups(await matchingGroups(db, query), offset, limit ?? Number.MAX_SAFE_INTEGER);
}

/** What the filter controls offer: metrics, claimants, outlets and origins present in the store. */
export async function claimFacets(
  db: CrosstallyDb,
  pack: TopicPackData = defaultPackData,
): Promise<ClaimFacets> {
  const origins = CLAIM_ORIGINS;
  const [view, claimants, sources, originCounts, tombstones] = await Promise.all([
    managerView(db, pack),
    storedClaimants(db),
    sourcesById(db),
    Promise.all(origins.map((origin) => countOfOrigin(db, origin))),
    db.tombstones.count(),
  ]);
  const total = view.groups.reduce((sum, group) => sum + group.facts.length, 0);
  const outlets = new Map<string, number>();
  let unnamedOutletSources = 0;
  for (const source of sources.values()) {
    if (source.outlet === null) unnamedOutletSources++;
    else outlets.set(source.outlet, (outlets.get(source.outlet) ?? 0) + 1);
  }
  return {
    total,
    metrics: view.groups.map((group) => ({
      id: group.metric,
      label: metricLabelOf(group.metric, pack),
      count: group.facts.length,
    })),
    claimants,
    outlets: [...outlets]
      .map(([outlet, count]) => ({ outlet, sources: count }))
      .sort((a, b) => a.outlet.localeCompare(b.outlet)),
    unnamedOutletSources,
    unattributed: total - claimants.reduce((sum, claimant) => sum + claimant.count, 0),
    origins: Object.fromEntries(origins.map((origin, i) => [origin, originCounts[i] ?? 0])) as Record<
      ClaimOrigin,
      number
    >,
    sources: sources.size,
    tombstones,
    eras: pack.eras.map(({ id, label, period }) => ({ id, label, period })),
  };
}

/** Every source and whether its text is stored, by label. Claim counts come per screenful (sourceClaimCounts). */
export async function listSources(db: CrosstallyDb): Promise<SourceSummary[]> {
  const [sources, texts] = await Promise.all([sourcesById(db), sourcesWithText(db)]);
  return [...sources.values()]
    .map((source) => ({ source, hasText: texts.has(source.id) }))
    .sort((a, b) => a.source.label.localeCompare(b.source.label) || (a.source.id < b.source.id ? -1 : 1));
}

/** How many claims each of these sources holds: one index count each, for the rows on screen. */
export async function sourceClaimCounts(
  db: CrosstallyDb,
  sourceIds: string[],
): Promise<Record<string, number>> {
  const ids = [...new Set(sourceIds)].slice(0, MAX_COUNTED_SOURCES);
  const counts = await Promise.all(ids.map((id) => countOfSource(db, id)));
  return Object.fromEntries(ids.map((id, i) => [id, counts[i] ?? 0]));
}
