import { chromium } from 'playwright-core';
import { chromiumArgs } from '/work/main/utils/demo/launch-extension';
import { bigPacks } from '/work/main/tests/e2e/manager-packs';
const dir = '/work/main/.output/chrome-mv3';
const ctx = await chromium.launchPersistentContext('/tmp/ctperf/profile', { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs(dir), viewport: { width: 1280, height: 1000 } });
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const id = /chrome-extension:\/\/([a-p]{32})\//.exec(sw.url())![1];
const page = await ctx.newPage();
await page.goto(`chrome-extension://${id}/options.html`);
const ask = (m: unknown) => page.evaluate(async (msg) => { const t = performance.now(); const r: any = await (globalThis as any).chrome.runtime.sendMessage(msg); return { ms: Math.round(performance.now() - t), ok: r.ok, size: JSON.stringify(r).length, err: r.error?.message, total: r.data?.total, claims: r.data?.claims }; }, m);
if (process.argv[2] === 'import') {
  for (const text of bigPacks()) console.log('import', await ask({ type: 'importApply', text, onConflict: 'keep-mine' }));
}
for (const [label, req] of [
  ['listClaims cold', { type: 'listClaims', query: { sort: 'value-asc' }, offset: 0, limit: 100 }],
  ['listClaims warm', { type: 'listClaims', query: { sort: 'value-asc' }, offset: 50000, limit: 100 }],
  ['facets', { type: 'claimFacets' }],
  ['spreads', { type: 'metricSpreads', query: { sort: 'value-asc' } }],
  ['party NK', { type: 'listClaims', query: { sort: 'value-asc', party: 'NK' }, offset: 0, limit: 100 }],
  ['text Shusha + NK', { type: 'listClaims', query: { sort: 'value-asc', party: 'NK', text: 'Shusha' }, offset: 0, limit: 100 }],
  ['value 10-20', { type: 'listClaims', query: { sort: 'value-asc', valueMin: 10, valueMax: 20 }, offset: 0, limit: 100 }],
  ['sort claimant', { type: 'listClaims', query: { sort: 'claimant' }, offset: 0, limit: 100 }],
  ['sort desc', { type: 'listClaims', query: { sort: 'value-desc' }, offset: 0, limit: 100 }],
  ['ids all', { type: 'listClaimIds', query: { sort: 'value-asc' } }],
  ['sources', { type: 'listSources' }],
] as const) {
  if (process.argv[2] === 'cold') await ask({ type: 'saveSource', source: { id: 'big-1', label: 'Report 1', outlet: 'Outlet 1', url: null, language: 'en', publishedDate: '2020-10-0' + (1 + Math.floor(Math.random() * 8)), kind: 'import' } });
  const r: any = await ask(req);
  console.log(label.padEnd(20), r.ms, 'ms', r.ok ? '' : r.err, r.total ?? '');
}
await ctx.close();
