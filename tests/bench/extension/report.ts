/**
 * The bench's output: the whole result as JSON (bench-results/extension-bench.json), and a
 * markdown table with every number, its target and how it was measured, for the README.
 */
import type { BenchReport, CompareResultSize } from './report-types';

export type { BenchReport } from './report-types';

const ms = (value: number) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : 'n/a';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

/** How each measurement was taken, one line each; printed under the table and kept in the JSON. */
export const METHODS: Record<string, string> = {
  mainThread:
    'Chrome trace (devtools.timeline) of a fresh tab loading the page, until its script time (Performance.getMetrics) is quiet for 1 s; sum of the top-level tasks of the page’s renderer main thread that ran the content script (a script event naming content.js or its on-demand part page-work.js, or an unnamed microtask checkpoint: the page has no scripts), whole, with the style/layout/GC they forced. Baseline: the same rule on the same page in Chromium without the extension. Peers: the same rule in Chromiums whose only extension is a minimal content script (tests/bench/extension/minimal-extension.ts): “settings” reads its settings from storage and listens for messages, nothing more (what any content script pays here); “gate” adds the always-on job in plain JavaScript (the coverage gate on the title, metas and first 32,000 characters of text, and a MutationObserver). Run alternately with ours; ratio = our median / its median. CPU: the same tasks measured on the thread clock (trace tdur): the time the main thread really ran, without the time the OS gave other processes on this shared machine; the target is judged on the wall-clock sum. Median of the runs. The JSON also holds the page’s whole main-thread busy time with and without the extension: that A/B difference swings by hundreds of ms between runs here, too coarse to resolve a few ms.',
  marking:
    'In the page: from the load event’s start (Navigation Timing) to the first animation frame with ranges in CSS.highlights (nothing else on the page announces marks). Fresh tab per run, no tracing. Exponent: least-squares slope of log(median) against log(text length).',
  peer: 'Traced, same page, same spans, alternating: ours = the renderer task in which the figures attribute appeared (the background’s answer in, ranges mapped, highlights registered), minus the probe’s own callback; theirs = the timer task running mark.js 8.11 markRanges with our spans’ character offsets, in Chromium without the extension; “+ frame” adds the next task that rendered a frame (style, layout, paint). The content script exposes no performance mark, so its step is cut at task boundaries. Ratio = median ours / median theirs.',
  overlay:
    'CDP Input.dispatchMouseEvent on a mark. Shown: from the click’s event.timeStamp to the end of the frame task in which the overlay’s host first is in the top layer (page probe’s performance.mark, aligned to the trace). Complete: to the end of the last frame that painted within 400 ms (the reports listed and placed; the page is static). Page-only upper bound: rAF + MessageChannel after that frame.',
  store:
    'From an extension page: generated 10,000-claim packs imported as the manager does (sent in parts, previewed, then importApply by upload id; the import is timed), then 50 getReports and 50 search requests alternately (varied figures and words); performance.now() around each sendMessage in the page (messaging, validation, Dexie, real IndexedDB).',
  importMarks:
    'From an extension page: importApply of a generated 20,000-claim pack (new ids each run); 1 s after it starts, a seed article opens in a fresh tab and navigation start → marks is taken in the page (as in marking). Peer: the same page with no import running, alternating in the same browser. Extra wait = during − idle (median, and worst run against the idle median).',
  bundles:
    'Entrypoints from manifest.json and the HTML pages; static import closure of each; every file gzipped alone at level 9, summed per entrypoint (shared chunks count in each). kB = 1000 bytes.',
  memory:
    'SPA page (history.pushState + replaceChildren, seed-000 and seed-004 alternating); with the extension each navigation waits for the new article’s marks. After navigation 1 and the last: HeapProfiler.collectGarbage twice, Runtime.getHeapUsage (the renderer’s V8 heap: page and content-script worlds together) and Memory.getDOMCounters. Baseline: the same in Chromium without the extension.',
};

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function peerRow(size: CompareResultSize): string[] {
  const label = `Highlighting the same ${size.spans} spans, seed ×${size.times}: ours / mark.js`;
  const step = `${ms(size.ours.stepMs.median)} / ${ms(size.theirs.stepMs.median)} → ratio ${ratio(size.stepRatio)}`;
  const both = `${ms(size.ours.stepPlusFrameMs.median)} / ${ms(size.theirs.stepPlusFrameMs.median)} → ratio ${ratio(size.stepPlusFrameRatio)}`;
  const texts = size.theirs.sameTexts ? '' : ' (mark.js texts differ!)';
  return [
    row([
      '3',
      label,
      `step ${step}; step + frame ${both}${texts}`,
      `≤ 1.0: ${verdict(size.stepRatio <= 1 && size.stepPlusFrameRatio <= 1)}`,
    ]),
    row([
      '3',
      `… our whole marking of seed ×${size.times}, for scale`,
      `content-script main thread ${ms(size.ours.contentScriptMs.median)}; load → marks ${ms(size.ours.loadToMarksMs.median)} (traced)`,
      '',
    ]),
  ];
}

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(
    `Crosstally extension bench, ${report.date}: ${report.chromium}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage.join(' / ')} at start; ${report.durationSeconds.toFixed(0)} s.`,
    '',
    row(['#', 'Measure', 'Result (median unless said)', 'Target']),
    row(['---', '---', '---', '---']),
  );
  for (const page of report.mainThread ?? []) {
    const met = page.contentScriptMs.median < 5;
    const unsettled = page.withExtension.filter((run) => !run.settled || !run.unmarked).length;
    const caveat = unsettled > 0 ? ` (${unsettled} runs still busy at the trace's end or marked!)` : '';
    const peer = (page.peers ?? [])
      .map(
        (each) =>
          ` Peer “${each.name}” (${each.does}): ${ms(each.ms.median)} (CPU ${ms(each.cpuMs?.median ?? Number.NaN)}) → ratio ${each.ratio?.toFixed(2) ?? '–'}.`,
      )
      .join('');
    lines.push(
      row([
        '1',
        `Main thread, non-coverage page, ${kB(page.chars)} of text (${page.contentScriptMs.runs} runs)`,
        `${ms(page.contentScriptMs.median)} (p95 ${ms(page.contentScriptMs.p95)}; CPU ${ms(page.contentScriptCpuMs?.median ?? Number.NaN)}): injection ${ms(page.injectionMs.median)}, after it ${ms(page.afterInjectionMs.median)}; forced style/layout within ${ms(page.forcedLayoutMs.median)}; longest task ${ms(page.longestTaskMs.median)}. Same rule without the extension: ${ms(page.baselineScriptMs.median)}.${peer}${caveat}`,
        page.chars >= 1_000_000 ? `< 5 ms: ${verdict(met)}` : '',
      ]),
    );
  }
  if (report.marking) {
    for (const size of report.marking.sizes) {
      lines.push(
        row([
          '2',
          `Load → marks, seed article ×${size.times} (${kB(size.chars)}, ${size.ranges} marks)`,
          `${ms(size.loadToMarksMs.median)} (p95 ${ms(size.loadToMarksMs.p95)}); navigation start → marks ${ms(size.navigationToMarksMs.median)}`,
          '',
        ]),
      );
    }
    const { exponent, exponentLargest, linear } = report.marking;
    lines.push(
      row([
        '2',
        'Growth exponent of load → marks against text size',
        `${ratio(exponent)} over all sizes, ${ratio(exponentLargest)} between the two largest; linear fit ${ms(linear.fixedMs)} + ${ms(linear.msPer100kB)} per 100 kB (R² ${ratio(linear.r2)}); navigation start → marks: ${ratio(report.marking.navigationExponent)}`,
        `≈ 1 (linear), no worse: ${verdict(Math.max(exponent, exponentLargest) <= 1.15)}`,
      ]),
    );
  }
  for (const size of report.peer ?? []) lines.push(...peerRow(size));
  if (report.overlay) {
    const { overlay } = report;
    lines.push(
      row([
        '4',
        `Overlay open latency, click → dialog painted (first click, then ${overlay.clickToShownMs.runs} more)`,
        `first ${ms(overlay.first.clickToShownMs)}; then ${ms(overlay.clickToShownMs.median)} (p95 ${ms(overlay.clickToShownMs.p95)}; page-only bound ${ms(overlay.clickToShownPageMs.median)})`,
        '',
      ]),
      row([
        '4',
        'Overlay, click → reports listed and painted',
        `first ${ms(overlay.first.clickToCompleteMs)}; then ${ms(overlay.clickToCompleteMs.median)} (p95 ${ms(overlay.clickToCompleteMs.p95)})`,
        '',
      ]),
    );
  }
  if (report.store) {
    const { store } = report;
    lines.push(
      row([
        '5',
        `Claim store: import of ${store.claims.toLocaleString('en')} claims (real IndexedDB)`,
        `${Math.round(store.importClaimsPerSecond).toLocaleString('en')} claims/s (${store.importBatches.length} packs of ~${kB(store.importBatches[0]?.textBytes ?? 0)})`,
        '',
      ]),
      row([
        '5',
        `getReports with ${store.claims.toLocaleString('en')} claims (${store.getReports.runs} queries)`,
        `${ms(store.getReports.median)}, p95 ${ms(store.getReports.p95)} (median ${store.reportsPerFigure} reports)`,
        '',
      ]),
      row([
        '5',
        `search with ${store.claims.toLocaleString('en')} claims (${store.search.runs} queries)`,
        `${ms(store.search.median)}, p95 ${ms(store.search.p95)} (median ${store.matchesPerSearch} matches)`,
        '',
      ]),
      row([
        '5',
        `counts (per metric, source, origin) with ${store.claims.toLocaleString('en')} claims`,
        ms(store.countsMs),
        '',
      ]),
    );
  }
  for (const entry of report.bundles ?? []) {
    const target = entry.kind === 'content script' ? `< 30 kB: ${verdict(entry.gzipBytes < 30_000)}` : '';
    const lazy = entry.lazyGzipBytes > 0 ? `, + ${kB(entry.lazyGzipBytes)} on demand` : '';
    lines.push(
      row([
        '6',
        `Bundle, ${entry.kind} ${entry.name} (gzip)`,
        `${kB(entry.gzipBytes)} (${kB(entry.rawBytes)} raw, ${entry.files.length} file${entry.files.length === 1 ? '' : 's'}${lazy})`,
        target,
      ]),
    );
  }
  if (report.memory) {
    const { withExtension: ext, baseline } = report.memory;
    const pct = (ext.heapGrowthBytes / ext.after1.heapUsedBytes) * 100;
    const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kB(Math.abs(bytes))}`;
    const stable =
      ext.afterAll.jsEventListeners - ext.after1.jsEventListeners <=
        baseline.afterAll.jsEventListeners - baseline.after1.jsEventListeners &&
      ext.afterAll.highlightRanges <= ext.after1.highlightRanges + 0 &&
      ext.afterAll.nodes - ext.after1.nodes <= Math.max(50, baseline.afterAll.nodes - baseline.after1.nodes);
    lines.push(
      row([
        '7',
        `Memory after 1 SPA navigation, then ${ext.navigations / 2} and ${ext.navigations} more (GC’d)`,
        `V8 heap ${kB(ext.after1.heapUsedBytes)} → ${kB(ext.halfway.heapUsedBytes)} → ${kB(ext.afterAll.heapUsedBytes)} (${signed(ext.heapGrowthBytes)}, ${pct.toFixed(1)}%); without extension ${kB(baseline.after1.heapUsedBytes)} → ${kB(baseline.halfway.heapUsedBytes)} → ${kB(baseline.afterAll.heapUsedBytes)} (${signed(baseline.heapGrowthBytes)}); nodes ${ext.after1.nodes} → ${ext.afterAll.nodes} (without: ${baseline.after1.nodes} → ${baseline.afterAll.nodes}); JS listeners ${ext.after1.jsEventListeners} → ${ext.afterAll.jsEventListeners}; highlight ranges ${ext.after1.highlightRanges} → ${ext.afterAll.highlightRanges}`,
        `no growth: ${verdict(stable)} (listeners, ranges, nodes)`,
      ]),
    );
  }
  if (report.importMarks) {
    const { importMarks: im } = report;
    const marked = im.markedBeforeImportEnded.filter(Boolean).length;
    lines.push(
      row([
        '8',
        `Page → marks during a ${im.claimsPerImport.toLocaleString('en')}-claim import / with no import (${im.idle.runs} runs each)`,
        `${ms(im.duringImport.median)} (worst ${ms(im.duringImport.max)}) / ${ms(im.idle.median)} → extra wait ${ms(im.extraWaitMs.median)}, worst ${ms(im.extraWaitMs.max)}; imports took ${ms(im.importMs.median)}; ${marked} of ${im.markedBeforeImportEnded.length} pages marked before their import ended`,
        `≤ 1 s: ${verdict(im.extraWaitMs.max <= 1000)}`,
      ]),
    );
  }
  lines.push('', 'How each was measured:', '');
  for (const [key, text] of Object.entries(METHODS)) lines.push(`- ${key}: ${text}`);
  return lines.join('\n');
}
