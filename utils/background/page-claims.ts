/**
 * The reader's claims saved from one page, so the content script can anchor them again when the
 * page is opened: claims of origin 'user' whose source has this URL. Read-only.
 */
import { defaultPackData, metricById, type TopicPackData } from '../engine/topic-pack';
import type { PageClaims } from '../messaging/protocol';
import { claimsOfSources } from '../store/claim-rows';
import { type CrosstallyDb, fromStoredClaim } from '../store/db';
import { metricCounts } from '../store/page-lookups';

export async function claimsForPage(
  db: CrosstallyDb,
  url: string,
  pack: TopicPackData = defaultPackData,
): Promise<PageClaims> {
  // Every page asks: an index lookup, not a read of every source (a full reading ledger has 10,000).
  const sourceIds = await db.sources.where('url').equals(url).primaryKeys();
  if (sourceIds.length === 0) return { claims: [], metricLabels: {}, reportCounts: {} };
  const claims = (await claimsOfSources(db, sourceIds))
    .filter((claim) => claim.origin === 'user')
    .map(fromStoredClaim)
    .sort((a, b) => a.start - b.start);
  const metrics = [...new Set(claims.map((claim) => claim.metric))];
  const counts = await metricCounts(db, metrics);
  const metricLabels: Record<string, string> = {};
  const reportCounts: Record<string, number> = {};
  metrics.forEach((metric, i) => {
    metricLabels[metric] = metricById(pack, metric)?.label ?? metric;
    reportCounts[metric] = counts[i] ?? 0;
  });
  return { claims, metricLabels, reportCounts };
}
