/**
 * Manager period filter benchmark: `npm run bench:periods` (npx tsx tests/bench/manager-periods.bench.ts).
 *
 * Fills a fake-indexeddb store with 100,000 claims (the store bench's generator: days of the 2020
 * war, plus a share of running totals, the 2020 war as an era, and unknown periods), then times the
 * manager's first page (listClaims, 100 rows) with no filter and with each period filter, cold
 * (caches dropped as after a write) and warm, beside the same filter as an Array.filter over the
 * claims in memory. The period filter reads no claim: it tests the digest facts the unfiltered
 * list already holds, so the ratio to the unfiltered list is what it adds.
 * BENCH_CLAIMS=20000 runs a smaller store.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { defaultPackData } from '../../utils/engine/topic-pack';
import { claimCount } from '../../utils/store/claim-rows';
import { CrosstallyDb } from '../../utils/store/db';
import { applyImport } from '../../utils/store/import-export';
import { listClaims } from '../../utils/store/manager/queries';
import type { ClaimQuery } from '../../utils/store/manager/types';
import { type PeriodFilter, periodTest } from '../../utils/store/period-filter';
import type { Claim } from '../../utils/store/types';
import { claimPackGenerator } from './extension/claim-packs';

const TOTAL = Number(process.env.BENCH_CLAIMS ?? 100_000);
const CHUNK = 10_000;
const RUNS = 20;
const PAGE = 100;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Periods beyond the generator's days: 10% running totals, 5% the 2020 war, 5% unknown. */
function varyPeriods(claims: Claim[]): void {
  claims.forEach((claim, i) => {
    if (i % 20 === 0) claim.period = null;
    else if (i % 20 === 1) claim.period = '2020-09-27/2020-11-10';
    else if (i % 10 === 2 && claim.period && claim.period > '2020-09-27')
      claim.period = `2020-09-27/${claim.period}`;
  });
}

async function main() {
  const db = new CrosstallyDb(`bench-periods-${Date.now()}`);
  const generator = claimPackGenerator(20200927, 'news');
  const all: Claim[] = [];
  for (let from = 0; from < TOTAL; from += CHUNK) {
    const pack = generator.pack(from, Math.min(CHUNK, TOTAL - from));
    varyPeriods(pack.claims);
    all.push(...pack.claims);
    await applyImport(db, JSON.stringify(pack), { now: 2 });
  }
  console.log(
    `Manager period filter bench: ${(await claimCount(db)).toLocaleString('en')} claims, Node ${process.version}, fake-indexeddb\n`,
  );
  const filters: [string, PeriodFilter | undefined][] = [
    ['no period filter', undefined],
    ['range 2020-10-01..2020-10-10', { kind: 'range', from: '2020-10-01', to: '2020-10-10' }],
    ['era: 2020 war', { kind: 'era', era: 'war_2020' }],
    ['unknown', { kind: 'unknown' }],
  ];
  // Interleaved: each run times every filter once, so load and heap growth fall on all alike.
  const samples = filters.map(() => ({
    cold: [] as number[],
    warm: [] as number[],
    peer: [] as number[],
    total: 0,
  }));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, period]] of filters.entries()) {
      const sample = samples[i];
      if (!sample) continue;
      const query: ClaimQuery = period ? { period } : {};
      db.revision++; // as after any write: every cache dropped
      sample.cold.push(await time(async () => (sample.total = (await listClaims(db, query, 0, PAGE)).total)));
      sample.warm.push(await time(() => listClaims(db, query, 0, PAGE)));
      sample.peer.push(
        await time(() => {
          const test = period ? periodTest(period, defaultPackData.eras) : () => true;
          const kept = all.filter((claim) => test(claim.period));
          kept.sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity) || (a.id < b.id ? -1 : 1));
          return kept.slice(0, PAGE);
        }),
      );
    }
  }
  const results: Record<string, { cold: number; warm: number; peer: number; total: number }> = {};
  for (const [i, [label]] of filters.entries()) {
    const sample = samples[i];
    if (!sample) continue;
    const { cold, warm, peer, total } = sample;
    results[label] = { cold: median(cold), warm: median(warm), peer: median(peer), total };
    console.log(
      `  ${label.padEnd(30)} ${String(total).padStart(7)} claims   cold ${median(cold).toFixed(1).padStart(7)} ms   warm ${median(warm).toFixed(2).padStart(6)} ms   peer (Array.filter + sort) ${median(peer).toFixed(1).padStart(6)} ms`,
    );
  }
  const base = results['no period filter'];
  if (base) {
    const worst = Math.max(...Object.values(results).map((r) => r.cold / base.cold));
    console.log(`\nratio: slowest period filter / no filter, cold: ${worst.toFixed(2)}x`);
  }
  db.close();
}

await main();
