/**
 * A page through the engine, in the background: coverage, figures, and how many
 * stored claims each figure's metric has (so the page marks only figures with
 * reports). One request per page run instead of the engine in every page.
 */
import { analyzeDocument } from '../engine/analyze';
import { defaultPackData, metricById } from '../engine/topic-pack';
import type { PageAnalysis, PageText } from '../messaging/protocol';
import type { CrosstallyDb } from './db';

export async function analyzePage(db: CrosstallyDb, page: PageText): Promise<PageAnalysis> {
  const { coverage, figures } = analyzeDocument(page);
  const metrics = [...new Set(figures.map((f) => f.metric))];
  const counts = await db.transaction('r', db.claims, () =>
    Promise.all(metrics.map((metric) => db.claims.where('metric').equals(metric).count())),
  );
  const reportCounts: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  metrics.forEach((metric, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) reportCounts[metric] = count;
    metricLabels[metric] = metricById(defaultPackData, metric)?.label ?? metric;
  });
  return { coverage, figures, reportCounts, metricLabels };
}
