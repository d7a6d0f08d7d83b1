/**
 * Reading-ledger benchmark: `npm run bench:ledger` (npx tsx tests/bench/ledger.bench.ts).
 *
 * Under Node on fake-indexeddb (an in-memory IndexedDB in JavaScript: the store's own work, not a
 * browser's), with a store holding the 10,000-claim seed spread plus 10,000 read articles of 10
 * figures each (~100,000 claims of origin 'read'; BENCH_ARTICLES narrows it):
 *
 * 1. Saving a page in the background (recordReading: a new article of 10 figures, and a revisit
 *    that changes one figure), median and p95 of 100 saves; target < 50 ms. Peer in the same run:
 *    today's single-figure save (saveClaim) into the same store.
 * 2. Opening a coverage page, in the background: getReports for a figure with the ledger full vs
 *    the same store before the ledger was filled (same process, alternating runs).
 * 3. Opening a coverage page, on the page's main thread: what the ledger adds to a page run
 *    (page metadata, the figures' selectors, the text digest) vs what the page does today before
 *    it sends the text (collecting the article's visible text), on a seed article as a happy-dom
 *    page at ×1 and ×100 (happy-dom, not a browser: the ratio is what to read).
 */
import 'fake-indexeddb/auto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { readFigures, readPage } from '../../utils/content/ledger-recorder';
import { collectText } from '../../utils/dom/text-map';
import { analyzeDocument } from '../../utils/engine/analyze';
import { renderArticlePage } from '../../utils/node/demo/article-page';
import { loadSeedArticles } from '../../utils/node/demo/seed-articles';
import { countOfOrigin } from '../../utils/store/claim-rows';
import { CrosstallyDb } from '../../utils/store/db';
import { recordReading } from '../../utils/store/ledger/record';
import type { ReadFigure } from '../../utils/store/ledger/types';
import { saveClaim } from '../../utils/store/mutations';
import { reportsForFigure } from '../../utils/store/queries';
import { seedStore } from '../../utils/store/seed';
import type { PageFigure } from '../../utils/store/types';
import { rebuildDigests } from '../../utils/store/writes';
import { claimPackGenerator } from './extension/claim-packs';
import { article, generator, ledgerRows } from './ledger-articles';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SAVES = 100;
const REPORT_RUNS = 200;
const SAVE_TARGET_MS = 50;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (value: number) => `${value.toFixed(2)} ms`;
const line = (label: string, s: { median: number; p95: number }) =>
  console.log(`  ${label.padEnd(52)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}`);

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The ledger filled row by row (as recordReading writes them), then the digests rebuilt once. */
async function fillLedger(db: CrosstallyDb, count: number, now: number): Promise<void> {
  const { sources, readings, stored } = ledgerRows(count, now);
  await db.sources.bulkPut(sources);
  await db.readings.bulkPut(readings);
  const claims = stored();
  for (let i = 0; i < claims.length; i += 10_000) await db.claims.bulkPut(claims.slice(i, i + 10_000));
  await rebuildDigests(db);
}

async function reportsMedian(db: CrosstallyDb): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < REPORT_RUNS; i++) {
    // Figures of many metrics and values, as pages show them (the same list before and after).
    const figure: PageFigure = generator.figure(i);
    samples.push(await timed(() => reportsForFigure(db, figure)));
  }
  return stats(samples);
}

async function background(): Promise<void> {
  const db = new CrosstallyDb(`ledger-bench-${Date.now()}`);
  const seed = claimPackGenerator(20200927, 'news').pack(0, 10_000);
  for (const source of seed.sources) source.kind = 'seed';
  for (const claim of seed.claims) claim.origin = 'seed';
  await seedStore(db, seed, 1);
  const before = await reportsMedian(db);
  const now = Date.now();
  const fillMs = await timed(() => fillLedger(db, ARTICLES, now - 1000));
  console.log(
    `Ledger: ${ARTICLES.toLocaleString('en')} read articles, ${(await countOfOrigin(db, 'read')).toLocaleString('en')} read claims (+ ${seed.claims.length.toLocaleString('en')} seed) written in ${(fillMs / 1000).toFixed(1)} s\n`,
  );

  console.log('1. Saving a page in the background (target < 50 ms)');
  const newSaves: number[] = [];
  const revisits: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const fresh = article(ARTICLES + i);
    newSaves.push(await timed(() => recordReading(db, { ...fresh, site: 'bench.example' }, now + i)));
    const again = article(i, 200 + i);
    revisits.push(await timed(() => recordReading(db, { ...again, site: 'bench.example' }, now + i)));
    const figure = fresh.figures[1] as ReadFigure;
    const { quote, quoteFigureStart, quoteFigureEnd, selector, start, end } = figure;
    peer.push(
      await timed(() =>
        saveClaim(
          db,
          {
            metric: figure.metric,
            value: figure.value + 1000,
            qualifier: 'exact',
            side: figure.side,
            claimant: null,
            sourceId: `web:peer${i}`,
            quote,
            quoteFigureStart,
            quoteFigureEnd,
            selector,
            start,
            end,
            period: null,
          },
          {
            id: `web:peer${i}`,
            label: 'Peer',
            outlet: 'Peer',
            url: `https://peer.example/${i}`,
            language: 'en',
            publishedDate: null,
          },
        ),
      ),
    );
  }
  const saveNew = stats(newSaves);
  line('new article, 10 figures', saveNew);
  line('revisit, one figure changed (history kept)', stats(revisits));
  line('peer: saveClaim, one figure (today)', stats(peer));
  console.log(
    `  -> ${saveNew.p95 < SAVE_TARGET_MS ? 'met' : 'NOT met'}: p95 ${ms(saveNew.p95)} vs ${SAVE_TARGET_MS} ms; ratio to the peer ${(saveNew.median / stats(peer).median).toFixed(2)}x\n`,
  );

  console.log('2. Opening a coverage page, background: getReports for a figure');
  const after = await reportsMedian(db);
  line('10,000-claim store, before the ledger', before);
  line(`same + ${ARTICLES.toLocaleString('en')} read articles`, after);
  console.log(
    `  -> ratio ${(after.median / before.median).toFixed(2)}x (background work, not the page's main thread)\n`,
  );
  await db.delete();
}

function mainThread(): void {
  console.log(
    '3. Opening a coverage page, main thread: the ledger’s added work vs collecting the text today',
  );
  const seed = loadSeedArticles(path.join(process.cwd(), 'assets/seeds'))[0];
  if (!seed) throw new Error('no seed article');
  for (const times of [1, 100]) {
    const window = new Window({ url: 'https://news.example/2020/09/28/karabakh' });
    const doc = window.document as unknown as Document;
    doc.write(
      renderArticlePage({ ...seed, paragraphs: Array.from({ length: times }, () => seed.paragraphs).flat() }),
    );
    const collected = collectText(doc.body);
    const { figures } = analyzeDocument({ text: collected.text, lang: 'en' });
    const today: number[] = [];
    const added: number[] = [];
    for (let run = 0; run < 21; run++) {
      today.push(timedSync(() => collectText(doc.body)));
      added.push(timedSync(() => [readPage(doc, collected.text), readFigures(collected.text, figures)]));
    }
    const t = stats(today);
    const a = stats(added);
    console.log(
      `  seed article x${String(times).padEnd(4)} (${(collected.text.length / 1000).toFixed(0)} kB, ${figures.length} figures): ledger ${ms(a.median)} vs collecting the text ${ms(t.median)} -> +${((a.median / t.median) * 100).toFixed(1)}%`,
    );
    void window.happyDOM.close();
  }
}

function timedSync(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

await background();
mainThread();
