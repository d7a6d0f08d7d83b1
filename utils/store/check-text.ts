/**
 * Check a text: a selection goes through the engine; each figure comes back with its reports.
 * When the engine recognises no figure, the nearest candidates: metrics the store holds the
 * selection's number under, and metrics whose counted nouns occur in it.
 */
import { extractFigures } from '../engine/figures';
import { defaultPackData, type TopicPackData } from '../engine/topic-pack';
import type { CrosstallyDb } from './db';
import { metricLabel, reportsForFigure } from './queries';
import type { CheckTextResult, MetricCandidate } from './types';

const MAX_CANDIDATES = 8;
const MAX_NUMBERS = 5;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/**
 * The plain numbers of a selection (digits with thousands separators, simple number words), for
 * candidates only; figures proper come from the engine.
 */
export function plainNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(/\b\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+\b|\b\d+(?:\.\d+)?\b|\b[a-z]+\b/gi)) {
    const token = match[0].toLowerCase();
    const value = /\d/.test(token) ? Number(token.replace(/[,\u202f\u00a0 ]/g, '')) : NUMBER_WORDS[token];
    if (value !== undefined && Number.isFinite(value)) found.add(value);
    if (found.size >= MAX_NUMBERS) break;
  }
  return [...found];
}

function nounMetrics(text: string, pack: TopicPackData): string[] {
  return pack.metrics
    .filter((metric) => new RegExp(`\\b(?:${metric.nouns.join('|')})\\b`, 'i').test(text))
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
  // One exact count per stored metric (a key cursor over the index is slow in some engines).
  const metrics = await db.digests.toCollection().primaryKeys();
  for (const value of plainNumbers(text)) {
    const found = await Promise.all(
      metrics.map((metric) => db.claims.where('[value+metric]').equals([value, metric]).count()),
    );
    metrics.forEach((metric, i) => {
      const claims = found[i] ?? 0;
      if (claims > 0 && !byMetric.has(metric)) {
        byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['value'], value, claims });
      }
    });
  }
  for (const metric of nounMetrics(nounText, pack)) {
    const candidate = byMetric.get(metric);
    if (candidate) candidate.reasons.push('noun');
    else {
      const claims = await db.claims.where('metric').equals(metric).count();
      byMetric.set(metric, { metric: metricLabel(metric, pack), reasons: ['noun'], value: null, claims });
    }
  }
  return [...byMetric.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.claims - a.claims)
    .slice(0, MAX_CANDIDATES);
}

export async function checkText(
  db: CrosstallyDb,
  text: string,
  options: { pack?: TopicPackData } = {},
): Promise<CheckTextResult> {
  const pack = options.pack ?? defaultPackData;
  const figures = extractFigures(text, { pack });
  if (figures.length === 0) return { figures: [], candidates: await candidatesFor(db, text, pack) };
  const checked = await Promise.all(
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
        },
        { pack },
      ),
    })),
  );
  return { figures: checked, candidates: [] };
}
