/**
 * How fast real Chromium's IndexedDB takes a 10,000-claim pack when the rows are laid out in
 * different ways (issue 17: which store layout could import 10,000 claims/s at all):
 * `npm run bench:import-layouts`. The same generated packs as `bench:import-rate`, the store growing
 * pack by pack, each layout in its own database in an extension page, one transaction per pack
 * (claims) as an import would write them. Only the writes are timed: no messaging, parsing,
 * planning or reads.
 *
 * - claim rows, bare: one row per claim, no index (import-rate's floor).
 * - claim rows, indexed: one row per claim with the claims table's four indexes today (schema 9).
 * - claim blocks: rows of BLOCK_CLAIMS (BENCH_BLOCK_CLAIMS, default 128) claims sorted by id,
 *   a multi-entry index holding every id
 *   (for lookups by id and paging) and multi-entry indexes of each block's distinct metrics,
 *   sources, origins and value+metric pairs.
 * - digest rows, per bucket: the digest rows a pack's claims touch, one per bucket (schema 9).
 * - digest rows, grouped: the same buckets in DIGEST_GROUPS rows per metric.
 */

import { CHROME_EXTENSION_DIR } from '../../utils/node/demo/paths';
import { launchExtensionBrowser } from './extension/browsers';
import { claimPackGenerator } from './extension/claim-packs';

const PACKS = Number(process.env.BENCH_PACKS ?? 5);
const BATCH = 10_000;
const BLOCK_CLAIMS = Number(process.env.BENCH_BLOCK_CLAIMS ?? 128);
const DIGEST_GROUPS = 64;

const LAYOUTS = [
  'claim rows, bare',
  'claim rows, indexed',
  'claim blocks',
  'digest rows, per bucket',
  'digest rows, grouped',
] as const;
type Layout = (typeof LAYOUTS)[number];

interface PageClaim {
  id: string;
  metric: string;
  sourceId: string;
  value: number | null;
  qualifier: string;
  side: string | null;
  period?: string | null;
  claimant?: { id: string } | null;
}

/** Writes one pack in one layout inside the page; the milliseconds the writes took. */
function writeLayout(args: { layout: Layout; packText: string; blockClaims: number; groups: number }) {
  return (async () => {
    const { layout, blockClaims, groups } = args;
    const claims = (JSON.parse(args.packText) as { claims: PageClaim[] }).claims.map((claim) => ({
      ...claim,
      origin: 'import',
      version: 1,
      wordBatch: 1,
    }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`crosstally-bench-layout-${layout}`, 1);
      request.onupgradeneeded = () => {
        const created = request.result;
        if (layout === 'claim rows, bare') created.createObjectStore('rows', { keyPath: 'id' });
        else if (layout === 'claim rows, indexed') {
          const rows = created.createObjectStore('rows', { keyPath: 'id' });
          for (const index of ['metric', 'sourceId', 'origin']) rows.createIndex(index, index);
          rows.createIndex('[value+metric]', ['value', 'metric']);
        } else if (layout === 'claim blocks') {
          const rows = created.createObjectStore('rows', { keyPath: 'key' });
          for (const index of ['ids', 'metrics', 'sources', 'origins', 'valueMetrics'])
            rows.createIndex(index, index, { multiEntry: true });
        } else created.createObjectStore('rows', { keyPath: 'key' }).createIndex('metric', 'metric');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows: object[] = [];
    if (layout === 'claim rows, bare' || layout === 'claim rows, indexed') rows.push(...claims);
    else if (layout === 'claim blocks') {
      claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (let at = 0; at < claims.length; at += blockClaims) {
        const part = claims.slice(at, at + blockClaims);
        rows.push({
          key: part[0]?.id,
          claims: part,
          ids: part.map((claim) => claim.id),
          metrics: [...new Set(part.map((claim) => claim.metric))],
          sources: [...new Set(part.map((claim) => claim.sourceId))],
          origins: [...new Set(part.map((claim) => claim.origin))],
          valueMetrics: [...new Set(part.map((claim) => `${claim.value}|${claim.metric}`))],
        });
      }
    } else {
      const buckets = new Map<string, { key: string; metric: string; ids: string[]; outlets: string[] }>();
      for (const claim of claims) {
        const bucket = `${claim.value}:${claim.qualifier}|${claim.claimant?.id ?? ''}|${claim.side ?? ''}|${claim.period ?? ''}`;
        let key = `${claim.metric}|${bucket}`;
        if (layout === 'digest rows, grouped') {
          let hash = 0;
          for (let i = 0; i < bucket.length; i++) hash = (hash * 31 + bucket.charCodeAt(i)) | 0;
          key = `${claim.metric}|${Math.abs(hash) % groups}`;
        }
        const row = buckets.get(key) ?? { key, metric: claim.metric, ids: [], outlets: [] };
        row.ids.push(claim.id);
        row.outlets.push(claim.sourceId);
        buckets.set(key, row);
      }
      rows.push(...buckets.values());
    }
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('rows', 'readwrite');
      const store = tx.objectStore('rows');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const took = performance.now() - started;
    db.close();
    return { ms: took, rows: rows.length };
  })();
}

async function main(): Promise<void> {
  const session = await launchExtensionBrowser(CHROME_EXTENSION_DIR);
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const generate = claimPackGenerator();
    const totals = new Map<Layout, { ms: number; rows: number }>();
    for (let pack = 0; pack < PACKS; pack++) {
      const packText = JSON.stringify(generate.pack(pack * BATCH, BATCH));
      for (const layout of LAYOUTS) {
        const took = await page.evaluate(writeLayout, {
          layout,
          packText,
          blockClaims: BLOCK_CLAIMS,
          groups: DIGEST_GROUPS,
        });
        const total = totals.get(layout) ?? { ms: 0, rows: 0 };
        totals.set(layout, { ms: total.ms + took.ms, rows: total.rows + took.rows });
        console.error(`[bench] pack ${pack + 1}: ${layout}: ${took.rows} rows, ${Math.round(took.ms)} ms`);
      }
    }
    const claims = PACKS * BATCH;
    console.log(
      `Writing ${claims.toLocaleString('en')} claims in ${BATCH.toLocaleString('en')}-claim packs, real Chromium, one transaction a pack:`,
    );
    console.log('| layout | rows a pack | claims/s |\n|---|---:|---:|');
    for (const [layout, total] of totals)
      console.log(
        `| ${layout} | ${Math.round(total.rows / PACKS).toLocaleString('en')} | ${Math.round(claims / (total.ms / 1000)).toLocaleString('en')} |`,
      );
  } finally {
    await session.close();
  }
}

await main();
