/**
 * Measurement 1: main-thread time the content script costs a page that is not coverage.
 *
 * Method: a Chrome trace (devtools.timeline categories) of the page's load in a fresh tab, until
 * the page's JavaScript time (Performance.getMetrics ScriptDuration) has not moved for a second.
 * On the renderer main thread that committed the page, every top-level task that ran JavaScript
 * is summed, whole (with the style, layout and GC it forced). The generated pages have no scripts
 * of their own, and any task naming a script outside the extension is excluded, so what is summed
 * is the content script's: its injection (compile + top-level run) and every callback after. The
 * same rule on the same page in Chromium without the extension gives the baseline (expected 0).
 *
 * Each task is also read on the thread clock (its CPU time): on a shared machine a task's wall
 * duration includes the time the OS ran other processes, which no script controls.
 *
 * Style and layout forced inside those tasks are reported apart: on a big page the first layout
 * is work the page does anyway, pulled forward into our task. As a cross-check, the page's whole
 * main-thread busy time is compared with and without the extension (noisy: it includes parsing
 * and layout of the whole page).
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import { freshPage } from './browsers';
import { type Summary, summarize } from './stats';
import {
  frameThread,
  mainFrameId,
  nestedMs,
  recordTrace,
  runsScript,
  runsScriptFrom,
  STYLE_AND_LAYOUT,
  sumCpuMs,
  sumMs,
  type Task,
  tasksOf,
} from './trace';

export interface MainThreadRun {
  /** Sum of the content script's tasks, ms. */
  contentScriptMs: number;
  /** The CPU time the renderer main thread ran in those tasks, ms (thread clock). */
  contentScriptCpuMs: number;
  /** The injection task (compile and top-level run of content.js), ms. */
  injectionMs: number;
  /**
   * Style and layout the content script forced inside its tasks, ms. Part of it is work the page
   * would do anyway (its first layout), done earlier and on our account.
   */
  forcedLayoutMs: number;
  /** Every task of the page's renderer main thread during the trace, ms (for the A/B delta). */
  pageBusyMs: number;
  longestTaskMs: number;
  tasks: number;
  /** Script tasks naming a script outside the extension (0 on these pages). */
  foreignScriptTasks: number;
  /** ScriptDuration + V8CompileDuration of Performance.getMetrics for the renderer, ms. */
  metricsScriptMs: number;
  /** The page went quiet at least 800 ms before the trace ended. */
  settled: boolean;
  /** No marks and no figures attribute: the page was judged not coverage. */
  unmarked: boolean;
}

export interface PeerMainThread {
  name: string;
  /** What the peer's content script does, for the report. */
  does: string;
  runs: MainThreadRun[];
  /** Its content-script time by the same rule. */
  ms: Summary;
  /** The CPU time of the same tasks. */
  cpuMs: Summary;
  /** Our median over its median. */
  ratio: number | null;
}

/** A Chromium whose only extension is a peer content script. */
export interface PeerBrowser {
  name: string;
  does: string;
  context: BrowserContext;
}

export interface MainThreadResult {
  url: string;
  chars: number;
  withExtension: MainThreadRun[];
  baseline: MainThreadRun[];
  /** The peer content scripts (minimal-extension.ts) measured by the same rule, alternately. */
  peers: PeerMainThread[];
  contentScriptMs: Summary;
  /** CPU time of the same tasks (thread clock): without the time the OS ran other processes. */
  contentScriptCpuMs: Summary;
  injectionMs: Summary;
  afterInjectionMs: Summary;
  forcedLayoutMs: Summary;
  /** Content-script tasks without the style and layout they forced. */
  withoutLayoutMs: Summary;
  longestTaskMs: Summary;
  /** Median busy time of the page's main thread with the extension minus without (noisy). */
  busyDeltaMs: number;
  baselineScriptMs: Summary;
  metricsScriptMs: Summary;
  baselineMetricsScriptMs: Summary;
}

const QUIET_MS = 1000;
const SETTLE_TIMEOUT_MS = 20_000;

async function scriptMetricMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return (value('ScriptDuration') + value('V8CompileDuration')) * 1000;
}

/** Resolves once the renderer's script time has not changed for QUIET_MS. */
async function settle(cdp: CDPSession): Promise<number> {
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  let last = await scriptMetricMs(cdp);
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await scriptMetricMs(cdp);
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) {
      break;
    }
  }
  return last;
}

function isInjection(task: Task, origin: string): boolean {
  return task.children.some(
    (event) => event.name === 'EvaluateScript' && String(event.args?.data?.url ?? '').startsWith(origin),
  );
}

async function measureOnce(context: BrowserContext, url: string, origin: string): Promise<MainThreadRun> {
  const page = await freshPage(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const frameId = await mainFrameId(cdp);
  const { events, result: metricsScriptMs } = await recordTrace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    return settle(cdp);
  });
  const unmarked = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].every(
      (highlight) => highlight.size === 0,
    ),
  );
  await cdp.detach().catch(() => undefined);
  await page.close();

  const tasks = tasksOf(events, frameThread(events, frameId));
  const scriptTasks = tasks.filter(runsScript);
  const ours = scriptTasks.filter((task) => runsScriptFrom(task, origin));
  const traceEnd = Math.max(...events.map((event) => event.ts));
  const lastEnd = Math.max(0, ...ours.map((task) => task.end));
  return {
    contentScriptMs: sumMs(ours),
    contentScriptCpuMs: sumCpuMs(ours),
    injectionMs: sumMs(ours.filter((task) => isInjection(task, origin))),
    forcedLayoutMs: ours.reduce((sum, task) => sum + nestedMs(task, STYLE_AND_LAYOUT), 0),
    pageBusyMs: sumMs(tasks),
    longestTaskMs: Math.max(0, ...ours.map((task) => task.durationMs)),
    tasks: ours.length,
    foreignScriptTasks: scriptTasks.length - ours.length,
    metricsScriptMs,
    settled: traceEnd - lastEnd >= 800_000,
    unmarked,
  };
}

/** Alternates runs with and without the extension while both remain. */
export async function measureMainThread(options: {
  extension: BrowserContext;
  plain: BrowserContext;
  origin: string;
  url: string;
  chars: number;
  runs: number;
  /** Runs without the extension (they only confirm the rule counts nothing there). */
  baselineRuns: number;
  /** Chromiums with only a peer content script each, measured alternately with ours. */
  peers?: readonly PeerBrowser[];
}): Promise<MainThreadResult> {
  const { extension, plain, origin, url, runs } = options;
  const peers = options.peers ?? [];
  const withExtension: MainThreadRun[] = [];
  const baseline: MainThreadRun[] = [];
  const peerRuns: MainThreadRun[][] = peers.map(() => []);
  for (let i = 0; i < runs; i++) {
    withExtension.push(await measureOnce(extension, url, origin));
    for (const [index, peer] of peers.entries())
      peerRuns[index]?.push(await measureOnce(peer.context, url, origin));
    if (i < options.baselineRuns) baseline.push(await measureOnce(plain, url, origin));
  }
  const oursMs = summarize(withExtension.map((run) => run.contentScriptMs));
  const pick = (list: MainThreadRun[], key: keyof MainThreadRun) =>
    summarize(list.map((run) => Number(run[key])));
  return {
    url,
    chars: options.chars,
    withExtension,
    baseline,
    peers: peers.map(({ name, does }, index) => {
      const list = peerRuns[index] ?? [];
      const peerMs = summarize(list.map((run) => run.contentScriptMs));
      return {
        name,
        does,
        runs: list,
        ms: peerMs,
        cpuMs: summarize(list.map((run) => run.contentScriptCpuMs)),
        ratio: peerMs.median > 0 ? oursMs.median / peerMs.median : null,
      };
    }),
    contentScriptMs: oursMs,
    contentScriptCpuMs: pick(withExtension, 'contentScriptCpuMs'),
    injectionMs: pick(withExtension, 'injectionMs'),
    afterInjectionMs: summarize(withExtension.map((run) => run.contentScriptMs - run.injectionMs)),
    forcedLayoutMs: pick(withExtension, 'forcedLayoutMs'),
    withoutLayoutMs: summarize(withExtension.map((run) => run.contentScriptMs - run.forcedLayoutMs)),
    busyDeltaMs: pick(withExtension, 'pageBusyMs').median - pick(baseline, 'pageBusyMs').median,
    longestTaskMs: pick(withExtension, 'longestTaskMs'),
    baselineScriptMs: pick(baseline, 'contentScriptMs'),
    metricsScriptMs: pick(withExtension, 'metricsScriptMs'),
    baselineMetricsScriptMs: pick(baseline, 'metricsScriptMs'),
  };
}
