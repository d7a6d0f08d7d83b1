/**
 * Claim-store benchmark: `npm run bench:store` (npx tsx tests/bench/store.bench.ts).
 *
 * Runs under Node on fake-indexeddb (an in-memory IndexedDB written in JavaScript): the numbers
 * show the store's own work and how it scales, not a browser's IndexedDB, which the browser bench
 * measures later. Fills a store with 100,000 claims (a 10,000-claim seed, then 90,000 imported as
 * nine 10,000-claim pack files), then times reportsForFigure and searchClaims, and the same two
 * queries as a plain Array.filter over the same claims in memory, for the ratio. Search looks at
 * most MAX_KEYS_PER_TERM ids per word (see utils/store/search.ts): very common words give a
 * lower-bound total, marked incomplete; the in-memory peer always counts every match.
 * BENCH_CLAIMS=20000 runs a smaller store.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { defaultPackData } from '../../utils/engine/topic-pack';
import type { Qualifier, Side } from '../../utils/engine/types';
import { CLAIM_PACK_FORMAT, CLAIM_PACK_VERSION, type ClaimPack } from '../../utils/store/claim-pack';
import { CrosstallyDb } from '../../utils/store/db';
import { buildDigests, emptyDigest } from '../../utils/store/digests';
import { applyImport } from '../../utils/store/import-export';
import { reportsForFigure, searchClaims } from '../../utils/store/queries';
import { fillReports, groupDigest, planReports, toReport } from '../../utils/store/report-groups';
import { seedStore } from '../../utils/store/seed';
import type { Claim, PageFigure, Source } from '../../utils/store/types';
import { claimWords, queryWords, tokenize } from '../../utils/store/words';

const TOTAL = Number(process.env.BENCH_CLAIMS ?? 100_000);
const CLAIMS_PER_SOURCE = 10;
const CHUNK = 10_000;
const QUERY_RUNS = 200;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same store. */
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20200927);
/** The item at `index` of a list known to be long enough. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[Math.max(0, Math.min(items.length - 1, index))];
  if (item === undefined) throw new Error('empty list');
  return item;
}
const pick = <T>(items: readonly T[]): T => at(items, Math.floor(random() * items.length));

const places = [
  'Stepanakert',
  'Shusha',
  'Hadrut',
  'Fizuli',
  'Jabrayil',
  'Martuni',
  'Ağdam',
  'Tartar',
  'Ganja',
  'Lachin',
];
const verbs = ['said', 'claimed', 'reported', 'announced', 'stated', 'told reporters'];
const outlets = Array.from(
  { length: 300 },
  (_, i) => `Outlet ${i} ${pick(['News', 'Times', 'Daily', 'Post', 'Wire'])}`,
);
const qualifiers: Qualifier[] = ['exact', 'exact', 'exact', 'at_least', 'about', 'more_than', 'up_to'];

function makeSource(i: number): Source {
  const outlet = random() < 0.1 ? null : pick(outlets);
  return {
    id: `bench-src-${i}`,
    label: outlet ? `${outlet} report ${i}` : `Repost ${i}, outlet not named`,
    outlet,
    url: `https://bench.example/${i}`,
    language: 'en',
    publishedDate: `2020-${String(9 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    kind: 'import',
    segments: [],
  };
}

/** What one claim says: a figure, its wording, who claims it and whose losses it counts. */
interface Statement {
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: (typeof defaultPackData.claimants)[number] | null;
}

function randomStatement(): Statement {
  const vague = random() < 0.03;
  return {
    value: vague ? null : 1 + Math.floor(random() * 60),
    qualifier: vague ? 'vague' : pick(qualifiers),
    side: pick<Side>(['AZ', 'ARM', null]),
    claimant: random() < 0.15 ? null : pick(defaultPackData.claimants),
  };
}

/**
 * How claims are spread. 'news' (default): each metric has a few hundred statements (a ministry's
 * figure on a given day) that many outlets repeat, the popular ones far more often (Zipf), plus 5%
 * one-off figures. 'uniform' (BENCH_DIST=uniform, the worst case for grouping): every claim draws
 * value, wording, side and claimant at random, so nearly no two claims group together.
 */
const DIST = process.env.BENCH_DIST === 'uniform' ? 'uniform' : 'news';
const statements = new Map(
  defaultPackData.metrics.map((metric) => [
    metric.id,
    Array.from({ length: 200 + Math.floor(random() * 400) }, randomStatement),
  ]),
);

function statementFor(metric: string): Statement {
  const pool = statements.get(metric) ?? [randomStatement()];
  if (DIST === 'uniform' || random() < 0.05) return randomStatement();
  // Zipf-like: rank r drawn with weight ~1/r.
  return at(pool, Math.floor(Math.exp(random() * Math.log(pool.length + 1))) - 1);
}

function makeClaim(source: Source, j: number): Claim {
  const metric = pick(defaultPackData.metrics);
  const { value, qualifier, side, claimant } = statementFor(metric.id);
  const noun = (metric.nouns[0] ?? 'things').replace(/[?()|\\[\]]/g, '');
  const figureText = `${value === null ? 'dozens of' : value} ${noun}`;
  const lead = `${claimant?.label ?? 'Officials'} ${pick(verbs)} near ${pick(places)} that `;
  const quote = `${lead}${figureText} were lost during fighting around ${pick(places)} on ${source.publishedDate}.`;
  const start = 1000 * j + lead.length;
  return {
    id: `${source.id}#${metric.id}@${start}`,
    metric: metric.id,
    value,
    qualifier,
    side,
    claimant: claimant && { id: claimant.id, label: claimant.label, party: claimant.party },
    sourceId: source.id,
    quote,
    quoteFigureStart: lead.length,
    quoteFigureEnd: lead.length + figureText.length,
    selector: {
      exact: figureText,
      prefix: lead.slice(-32),
      suffix: quote.slice(lead.length + figureText.length, lead.length + figureText.length + 32),
    },
    start,
    end: start + figureText.length,
    eventDate: source.publishedDate,
    origin: 'import',
    createdAt: 1_600_000_000_000,
    updatedAt: 1_600_000_000_000,
  };
}

function makePack(from: number, count: number): ClaimPack {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  for (let i = from / CLAIMS_PER_SOURCE; claims.length < count; i++) {
    const source = makeSource(i);
    sources.push(source);
    for (let j = 0; j < CLAIMS_PER_SOURCE && claims.length < count; j++) claims.push(makeClaim(source, j));
  }
  return {
    format: CLAIM_PACK_FORMAT,
    version: CLAIM_PACK_VERSION,
    createdAt: 1_600_000_000_000,
    sources,
    claims,
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const quantile = (q: number) => at(sorted, Math.floor(q * sorted.length));
  return { median: quantile(0.5), p95: quantile(0.95) };
}

async function time<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const line = (label: string, s: { median: number; p95: number }) =>
  console.log(`  ${label.padEnd(44)} median ${ms(s.median).padStart(10)}   p95 ${ms(s.p95).padStart(10)}`);


import { putClaims, putSources, writeTables } from '../../utils/store/writes';
async function main() {
  const db = new CrosstallyDb('cold');
  const pack = makePack(0, TOTAL);
  for (let k = 0; k < pack.claims.length; k += 10000) {
    await db.transaction('rw', writeTables(db), async () => {
      if (k === 0) await putSources(db, pack.sources);
      await putClaims(db, pack.claims.slice(k, k + 10000));
    });
  }
  const ids = (await db.sources.toCollection().primaryKeys()).slice(0, 200);
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now(); const a = await db.claims.where('sourceId').anyOf(ids).limit(1001).primaryKeys(); console.log('anyOf 200', a.length, (performance.now() - t0).toFixed(1));
    t0 = performance.now(); const b = await db.claims.where('words').startsWith('report').limit(1001).primaryKeys(); console.log('report words', b.length, (performance.now() - t0).toFixed(1));
    t0 = performance.now(); const c = await searchClaims(db, 'report 1234'); console.log('search', c.total, c.complete, (performance.now() - t0).toFixed(1));
    t0 = performance.now(); const d = await searchClaims(db, 'Shusha'); console.log('search Shusha', d.total, d.complete, (performance.now() - t0).toFixed(1));
  }
}
await main();
