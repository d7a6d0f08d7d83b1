/**
 * Read queries of the manager page: a page of the filtered, sorted claim list; the ids of a
 * query (to select or export it); the facets that fill the filter controls; the sources with
 * their claim counts. Only the claims of the requested page are read whole.
 */
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import { type CrosstallyDb, fromStoredClaim } from './db';
import {
  idsByMetric,
  matchingGroups,
  sliceGroups,
  sourcesById,
  sourcesWithText,
  storedClaimants,
} from './manager-index';
import type { ClaimFacets, ClaimListItem, ClaimListPage, ClaimQuery, SourceSummary } from './manager-types';
import type { ClaimOrigin } from './types';

/** Most claims one page carries; the manager asks for a screenful or two. */
export const MAX_LIST_PAGE = 500;

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
    db.claims.bulkGet(ids),
    sourcesById(db),
    sourcesWithText(db),
  ]);
  const items: ClaimListItem[] = [];
  for (const row of stored) {
    if (!row) continue;
    const source = sources.get(row.sourceId);
    items.push({
      claim: fromStoredClaim(row),
      sourceLabel: source?.label ?? 'Unknown source',
      outlet: source?.outlet ?? null,
      sourceKind: source?.kind ?? null,
      sourceHasText: texts.has(row.sourceId),
    });
  }
  return {
    total: groups.reduce((sum, group) => sum + group.ids.length, 0),
    groups: groups.map((group) => ({
      metric: group.metric,
      label: metricLabelOf(group.metric, pack),
      count: group.ids.length,
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
  const groups = await matchingGroups(db, query);
  return sliceGroups(groups, offset, limit ?? Number.MAX_SAFE_INTEGER);
}

/** What the filter controls offer: metrics, claimants, outlets and origins present in the store. */
export async function claimFacets(
  db: CrosstallyDb,
  pack: TopicPackData = defaultPackData,
): Promise<ClaimFacets> {
  const origins: ClaimOrigin[] = ['seed', 'user', 'import'];
  const [groups, claimants, sources, originCounts] = await Promise.all([
    idsByMetric(db, pack),
    storedClaimants(db),
    sourcesById(db),
    Promise.all(origins.map((origin) => db.claims.where('origin').equals(origin).count())),
  ]);
  const total = groups.reduce((sum, group) => sum + group.ids.length, 0);
  const outlets = new Map<string, number>();
  let unnamedOutletSources = 0;
  for (const source of sources.values()) {
    if (source.outlet === null) unnamedOutletSources++;
    else outlets.set(source.outlet, (outlets.get(source.outlet) ?? 0) + 1);
  }
  return {
    total,
    metrics: groups.map((group) => ({
      id: group.metric,
      label: metricLabelOf(group.metric, pack),
      count: group.ids.length,
    })),
    claimants,
    outlets: [...outlets]
      .map(([outlet, count]) => ({ outlet, sources: count }))
      .sort((a, b) => a.outlet.localeCompare(b.outlet)),
    unnamedOutletSources,
    unattributed: total - claimants.reduce((sum, claimant) => sum + claimant.count, 0),
    origins: { seed: originCounts[0] ?? 0, user: originCounts[1] ?? 0, import: originCounts[2] ?? 0 },
  };
}

/** Every source with how many claims it holds and whether its text is stored, by label. */
export async function listSources(db: CrosstallyDb): Promise<SourceSummary[]> {
  const [sources, texts, sourceKeys] = await Promise.all([
    sourcesById(db),
    sourcesWithText(db),
    db.claims.orderBy('sourceId').keys(),
  ]);
  const claims = new Map<string, number>();
  for (const key of sourceKeys) claims.set(String(key), (claims.get(String(key)) ?? 0) + 1);
  return [...sources.values()]
    .map((source) => ({ source, claims: claims.get(source.id) ?? 0, hasText: texts.has(source.id) }))
    .sort((a, b) => a.source.label.localeCompare(b.source.label) || (a.source.id < b.source.id ? -1 : 1));
}
