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
import type { Side } from '../../utils/engine/types';
import type { ClaimPack } from '../../utils/store/claim-pack/schema';
import { claimCount } from '../../utils/store/claim-rows';
import { CrosstallyDb } from '../../utils/store/db';
import { readAllDigests } from '../../utils/store/digest-rows';
import { buildDigests, emptyDigest } from '../../utils/store/digests';
import { applyImport } from '../../utils/store/import-export';
import { reportsForFigure, searchClaims } from '../../utils/store/queries';
import { groupDigest, toReport } from '../../utils/store/reports/groups';
import { fillReports, planReports } from '../../utils/store/reports/plan';
import { seedStore } from '../../utils/store/seed';
import type { Claim, PageFigure } from '../../utils/store/types';
import { claimWords, queryWords, tokenize } from '../../utils/store/words';
import { CLAIMS_PER_SOURCE, claimPackGenerator, PLACES } from './extension/claim-packs';
import { seededRandom } from './extension/stats';

const TOTAL = Number(process.env.BENCH_CLAIMS ?? 100_000);
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

/** 'uniform' (BENCH_DIST=uniform) is the worst case for grouping; see ClaimDistribution. */
const DIST = process.env.BENCH_DIST === 'uniform' ? 'uniform' : 'news';
const generator = claimPackGenerator(20200927, DIST);
const makePack = (from: number, count: number): ClaimPack => generator.pack(from, count);
const places = PLACES;

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
    `store     ${(await claimCount(db)).toLocaleString('en')} claims, ${(await db.sources.count()).toLocaleString('en')} sources\n`,
  );

  const figures: PageFigure[] = Array.from({ length: QUERY_RUNS }, () => ({
    metric: pick(defaultPackData.metrics).id,
    value: 1 + Math.floor(random() * 60),
    qualifier: 'exact',
    side: pick<Side>(['AZ', 'ARM']),
    claimant: null,
  }));
  const perMetric = all.length / defaultPackData.metrics.length;
  const digests = await readAllDigests(db);
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
