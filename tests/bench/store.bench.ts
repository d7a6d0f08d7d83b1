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
import { seededRandom } from './extension/stats';

const TOTAL = Number(process.env.BENCH_CLAIMS ?? 100_000);
const CLAIMS_PER_SOURCE = 10;
const CHUNK = 10_000;
const QUERY_RUNS = 200;

const random = seededRandom(20200927);
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

async function main() {
  console.log(
    `Claim store bench: ${TOTAL.toLocaleString('en')} claims (${DIST} spread), Node ${process.version}, fake-indexeddb (not a browser's IndexedDB)\n`,
  );
  const db = new CrosstallyDb(`bench-${Date.now()}`);
  const seedSize = Math.min(CHUNK, TOTAL);
  const seedPack = makePack(0, seedSize);
  seedPack.sources.forEach((s) => {
    s.kind = 'seed';
  });
  seedPack.claims.forEach((c) => {
    c.origin = 'seed';
  });
  const [seedMs] = await time(() => seedStore(db, seedPack, 1));
  console.log(
    `seed      ${seedSize.toLocaleString('en')} claims in ${ms(seedMs)} (${Math.round(seedSize / (seedMs / 1000)).toLocaleString('en')} claims/s)`,
  );

  let importMs = 0;
  let imported = 0;
  let bytes = 0;
  const all: Claim[] = [...seedPack.claims];
  const sources = new Map(seedPack.sources.map((s) => [s.id, s]));
  for (let from = seedSize; from < TOTAL; from += CHUNK) {
    const pack = makePack(from, Math.min(CHUNK, TOTAL - from));
    const text = JSON.stringify(pack);
    bytes += text.length;
    const [elapsed] = await time(() => applyImport(db, text, { now: 2 }));
    importMs += elapsed;
    imported += pack.claims.length;
    all.push(...pack.claims);
    for (const s of pack.sources) sources.set(s.id, s);
  }
  if (imported > 0) {
    console.log(
      `import    ${imported.toLocaleString('en')} claims (${Math.ceil(imported / CHUNK)} files, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON) in ${ms(importMs)}: ${Math.round(imported / (importMs / 1000)).toLocaleString('en')} claims/s (parse + validate + preview plan + write)`,
    );
  }
  console.log(
    `store     ${(await db.claims.count()).toLocaleString('en')} claims, ${(await db.sources.count()).toLocaleString('en')} sources\n`,
  );

  const figures: PageFigure[] = Array.from({ length: QUERY_RUNS }, () => ({
    metric: pick(defaultPackData.metrics).id,
    value: 1 + Math.floor(random() * 60),
    qualifier: 'exact',
    side: pick<Side>(['AZ', 'ARM']),
    claimant: null,
  }));
  const perMetric = all.length / defaultPackData.metrics.length;
  const digests = await db.digests.toArray();
  const buckets = digests.reduce((sum, d) => sum + Object.keys(d.buckets).length, 0) / digests.length;
  console.log(
    `reportsForFigure (one metric: ~${Math.round(perMetric).toLocaleString('en')} claims in ~${Math.round(buckets).toLocaleString('en')} value/claimant/side buckets; 50 reports listed)`,
  );
  const cold: number[] = [];
  for (const figure of figures.slice(0, 30)) {
    db.revision++; // as after any write: the per-metric cache is dropped
    cold.push((await time(() => reportsForFigure(db, figure)))[0]);
  }
  line('store, cold (caches dropped: digest from IndexedDB)', stats(cold));
  const warm: number[] = [];
  for (const figure of figures) warm.push((await time(() => reportsForFigure(db, figure)))[0]);
  line('store, warm (grouping and listed claims cached)', stats(warm));
  const peerReports: number[] = [];
  const claimsById = new Map(all.map((c) => [c.id, c]));
  for (const figure of figures) {
    const [elapsed] = await time(() => {
      const ofMetric = all.filter((c) => c.metric === figure.metric);
      const digest = buildDigests(ofMetric, sources).get(figure.metric) ?? emptyDigest(figure.metric);
      const plan = planReports(
        { id: figure.metric, label: figure.metric },
        groupDigest(digest, figure),
        figure,
      );
      return fillReports(plan, claimsById, sources);
    });
    peerReports.push(elapsed);
  }
  line('peer: Array.filter over all claims in memory', stats(peerReports));

  // A third each: a common place name (in ~20% of quotes), a place and a noun, and a rare term
  // (a report number from a source label, found through the outlet side of the search).
  const queries = Array.from({ length: QUERY_RUNS }, (_, i) =>
    i % 3 === 0
      ? pick(places)
      : i % 3 === 1
        ? `${pick(places)} ${pick(['helicopters', 'tanks', 'drones', 'soldiers', 'civilians'])}`
        : `report ${Math.floor(random() * (TOTAL / CLAIMS_PER_SOURCE))}`,
  );
  console.log('\nsearchClaims (1-2 words: common, common pair, rare; first 50 results + total)');
  const search: number[] = [];
  let totals = 0;
  let complete = 0;
  for (const query of queries) {
    const [elapsed, result] = await time(() => searchClaims(db, query));
    search.push(elapsed);
    totals += result.total;
    if (result.complete) complete++;
  }
  line(
    `store (mean total ${Math.round(totals / queries.length).toLocaleString('en')}, exact for ${complete}/${queries.length})`,
    stats(search),
  );
  const wordsOf = new Map(all.map((c) => [c.id, claimWords(c)]));
  const sourceWordsOf = new Map(
    [...sources.values()].map((s) => [s.id, tokenize(`${s.label} ${s.outlet ?? ''}`)]),
  );
  const peerSearch: number[] = [];
  for (const query of queries) {
    const words = queryWords(query);
    peerSearch.push(
      (
        await time(() => {
          const hits = all.filter((c) =>
            words.every(
              (w) =>
                (wordsOf.get(c.id) ?? []).some((x) => x.startsWith(w)) ||
                (sourceWordsOf.get(c.sourceId) ?? []).some((x) => x.startsWith(w)),
            ),
          );
          hits.sort((a, b) => (a.id < b.id ? -1 : 1));
          return hits.slice(0, 50).map((c) => toReport(c, sources.get(c.sourceId)));
        })
      )[0],
    );
  }
  line('peer: Array.filter over all claims in memory', stats(peerSearch));
  const ratio = (a: number[], b: number[]) => (stats(a).median / stats(b).median).toFixed(2);
  console.log(
    `\nratio store/peer (median): reports warm ${ratio(warm, peerReports)}x, cold ${ratio(cold, peerReports)}x; search ${ratio(search, peerSearch)}x`,
  );
  console.log(
    `target: query median under 10 ms -> reports warm ${stats(warm).median < 10 ? 'met' : 'NOT met'}, cold ${stats(cold).median < 10 ? 'met' : 'NOT met'}, search ${stats(search).median < 10 ? 'met' : 'NOT met'}`,
  );
  db.close();
}

await main();
