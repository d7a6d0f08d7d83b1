/**
 * A page through the engine, in the background: coverage, figures, and how many
 * stored claims each figure's metric has (so the page marks only figures with
 * reports). One request per page run instead of the engine in every page.
 */
import { analyzeDocument } from '../engine/analyze';
import { defaultPackData, metricById } from '../engine/topic-pack';
import type { Figure } from '../engine/types';
import type { PageAnalysis, PageText } from '../messaging/protocol';
import type { CrosstallyDb } from '../store/db';

/**
 * The stored source that reported this page's figures in this page's own sentences: the page is
 * that source (a seed article laid out as a page, a page saved before). The source most of the
 * page's figures match wins; null when none does.
 */
async function storedSourceOf(db: CrosstallyDb, figures: Figure[]): Promise<string | null> {
  const votes = new Map<string, number>();
  for (const figure of figures) {
    // Claims of the figure's value and metric only (an index lookup): reading every claim of the
    // metric per figure took seconds once the reading ledger held 100,000 claims. A figure with no
    // value (vague) is not in that index and does not vote.
    if (figure.value === null) continue;
    const sameSentence = await db.claims
      .where('[value+metric]')
      .equals([figure.value, figure.metric])
      .filter((c) => c.quote === figure.sentence)
      .toArray();
    for (const sourceId of new Set(sameSentence.map((c) => c.sourceId)))
      votes.set(sourceId, (votes.get(sourceId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [sourceId, count] of votes) if (!best || count > (votes.get(best) ?? 0)) best = sourceId;
  return best;
}

export async function analyzePage(db: CrosstallyDb, page: PageText): Promise<PageAnalysis> {
  const { coverage, figures } = analyzeDocument(page);
  const metrics = [...new Set(figures.map((f) => f.metric))];
  const [counts, pageSourceId] = await db.transaction('r', db.claims, () =>
    Promise.all([
      Promise.all(metrics.map((metric) => db.claims.where('metric').equals(metric).count())),
      storedSourceOf(db, figures),
    ]),
  );
  const reportCounts: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  metrics.forEach((metric, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) reportCounts[metric] = count;
    metricLabels[metric] = metricById(defaultPackData, metric)?.label ?? metric;
  });
  return { coverage, figures, reportCounts, metricLabels, pageSourceId };
}
