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
import { metricCounts, sourcesSaying } from '../store/page-lookups';

/**
 * The stored source that reported this page's figures in this page's own sentences: the page is
 * that source (a seed article laid out as a page, a page saved before). The source most of the
 * page's figures match wins; null when none does. A figure with no value (vague) does not vote.
 */
async function storedSourceOf(db: CrosstallyDb, figures: Figure[]): Promise<string | null> {
  const votes = new Map<string, number>();
  // A figure repeated in the same sentence (a page quoting itself) asks once, and votes each time.
  const asked = new Map<string, Promise<string[]>>();
  const saying = figures
    .filter((figure): figure is Figure & { value: number } => figure.value !== null)
    .map((figure) => {
      const key = `${figure.value}|${figure.metric}|${figure.sentence}`;
      let sources = asked.get(key);
      if (!sources) {
        sources = sourcesSaying(db, figure.value, figure.metric, figure.sentence);
        asked.set(key, sources);
      }
      return sources;
    });
  for (const sourceIds of await Promise.all(saying))
    for (const sourceId of sourceIds) votes.set(sourceId, (votes.get(sourceId) ?? 0) + 1);
  let best: string | null = null;
  for (const [sourceId, count] of votes) if (!best || count > (votes.get(best) ?? 0)) best = sourceId;
  return best;
}

export async function analyzePage(db: CrosstallyDb, page: PageText): Promise<PageAnalysis> {
  const { coverage, figures } = analyzeDocument(page);
  const metrics = [...new Set(figures.map((f) => f.metric))];
  // Counts and sentences from the page lookups (page-lookups.ts), which a ledger save patches
  // rather than drops: each page read is a write, and walking the indexes cold per page cost
  // hundreds of milliseconds with 100,000 read claims.
  const [counts, pageSourceId] = await Promise.all([metricCounts(db, metrics), storedSourceOf(db, figures)]);
  const reportCounts: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  metrics.forEach((metric, i) => {
    const count = counts[i] ?? 0;
    if (count > 0) reportCounts[metric] = count;
    metricLabels[metric] = metricById(defaultPackData, metric)?.label ?? metric;
  });
  return { coverage, figures, reportCounts, metricLabels, pageSourceId };
}
