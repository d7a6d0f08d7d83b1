/**
 * Check a text: a selection goes through the engine; each figure comes back with its reports.
 * When the engine recognises no figure, the nearest candidates: metrics the store holds the
 * selection's number under, and metrics whose counted nouns occur in it.
 */
import { extractFigures } from '../engine/figures';
import { findNumbers } from '../engine/number/numbers';
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { Figure } from '../engine/types';
import type { CrosstallyDb } from './db';
import { digestMetrics } from './digest-rows';
import { metricTallies } from './page-lookups';
import { metricLabel, reportsForFigure } from './queries';
import type { CheckTextResult, MetricCandidate } from './types';

const MAX_CANDIDATES = 8;
const MAX_NUMBERS = 5;

/**
 * The plain numbers of a selection (digits with thousands separators, simple number words), for
 * candidates only; figures proper come from the engine.
 */
export function plainNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const mention of findNumbers(text)) {
    if (mention.value !== null) found.add(mention.value);
    if (found.size >= MAX_NUMBERS) break;
  }
  return [...found];
}

function nounMetrics(text: string, pack: TopicPackData): string[] {
  return pack.metrics
    .filter((metric) =>
      new RegExp(`\\b(?:${[...metric.nouns, ...(metric.pairs ?? [])].join('|')})\\b`, 'i').test(text),
    )
    .map((metric) => metric.id);
}

/** Metrics the store holds `text`'s numbers under, and metrics whose nouns occur in `nounText`. */
export async function candidatesFor(
  db: CrosstallyDb,
  text: string,
  pack: TopicPackData,
  nounText: string = text,
): Promise<MetricCandidate[]> {
  const byMetric = new Map<string, MetricCandidate>();
  // Per stored metric, its claims per value, from the page lookups (kept across ledger saves).
  const nouns = nounMetrics(nounText, pack);
  const metrics = await digestMetrics(db);
  const tallies = await metricTallies(db, [...new Set([...metrics, ...nouns])]);
  for (const value of plainNumbers(text)) {
    for (const metric of metrics) {
      const claims = tallies.get(metric)?.byValue.get(value) ?? 0;
      if (claims > 0 && !byMetric.has(metric)) {
        byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['value'], value, claims });
      }
    }
  }
  for (const metric of nouns) {
    const candidate = byMetric.get(metric);
    if (candidate) candidate.reasons.push('noun');
    else {
      const claims = tallies.get(metric)?.claims ?? 0;
      byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['noun'], value: null, claims });
    }
  }
  return [...byMetric.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.claims - a.claims)
    .slice(0, MAX_CANDIDATES);
}

/** Each figure with the store's reports for it. */
export function withReports(db: CrosstallyDb, figures: Figure[], pack: TopicPackData) {
  return Promise.all(
    figures.map(async (figure) => ({
      figure,
      reports: await reportsForFigure(
        db,
        {
          metric: figure.metric,
          value: figure.value,
          qualifier: figure.qualifier,
          side: figure.side,
          claimant: figure.claimant,
          text: figure.text,
          period: figure.period,
        },
        { pack },
      ),
    })),
  );
}

export async function checkText(
  db: CrosstallyDb,
  text: string,
  options: { pack?: TopicPackData } = {},
): Promise<CheckTextResult> {
  const pack = options.pack ?? defaultPackData;
  const figures = extractFigures(text, { pack });
  if (figures.length === 0) return { figures: [], candidates: await candidatesFor(db, text, pack) };
  const checked = await withReports(db, figures, pack);

  return { figures: checked, candidates: [] };
}
