/**
 * Chrome tracing through a page's CDP session, and the few questions the bench asks of a trace:
 * which renderer main thread shows a page, which of its tasks ran JavaScript (and whose), where a
 * `performance.mark` of the page falls, and which task rendered the next frame.
 *
 * A "task" is a top-level slice of the renderer main thread (the scheduler's RunTask): the unit
 * in which the page can neither paint nor handle input. Its duration includes everything nested
 * in it (script, forced style and layout, garbage collection during script).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds, on the browser's monotonic clock. */
  ts: number;
  dur?: number;
  /** Thread-clock duration (CPU time the thread ran), microseconds, where the platform has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface Task {
  /** Microseconds. */
  start: number;
  end: number;
  /** Milliseconds. */
  durationMs: number;
  /**
   * CPU time the thread spent in the task, ms (the trace's thread clock; NaN where missing): on a
   * shared machine the wall duration also holds the time the OS ran other processes instead.
   */
  cpuMs: number;
  /** Complete events nested in the task, in start order. */
  children: TraceEvent[];
}

export interface ThreadRef {
  pid: number;
  tid: number;
}

/** What DevTools' Performance panel records, plus user timing and V8's execution slices. */
export const TIMELINE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
];

/** How long renderers that already run take to start recording after Tracing.start (generous). */
const TRACING_WARMUP_MS = 300;

/** Events that mean JavaScript ran in the task (compiling, evaluating, calling back, microtasks). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'v8.compile',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
  'FireIdleCallback',
  'TimerFire',
  'FireAnimationFrame',
  'v8.evaluateModule',
]);

/** Events of a rendering update (style, layout, paint, commit to the compositor). */
const FRAME_EVENTS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Records a trace of everything `during` does; returns the events and its result. */
export async function recordTrace<T>(
  cdp: CDPSession,
  during: () => Promise<T>,
  categories: readonly string[] = TIMELINE_CATEGORIES,
): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: object[] }) => {
    for (const event of payload.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' },
  });
  // Tracing.start returns before running renderers have switched tracing on.
  await new Promise((resolve) => setTimeout(resolve, TRACING_WARMUP_MS));
  let result: T;
  try {
    result = await during();
  } catch (error) {
    // Stop tracing if the browser still can, but report what went wrong while tracing.
    await cdp.send('Tracing.end').catch(() => undefined);
    throw error;
  }
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return { events, result };
}

function dataOf(event: TraceEvent): Record<string, unknown> {
  return event.args?.data ?? {};
}

/** The id DevTools and traces give the page's main frame. */
export async function mainFrameId(cdp: CDPSession): Promise<string> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return frameTree.frame.id;
}

/**
 * The renderer main thread that ran the frame `frameId` the most: after a cross-process
 * navigation, the one that rendered the page, not the one that showed about:blank.
 */
export function frameThread(events: readonly TraceEvent[], frameId: string): ThreadRef {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const counts = new Map<string, number>();
  for (const event of events) {
    if (dataOf(event).frame !== frameId) continue;
    const key = `${event.pid}:${event.tid}`;
    if (mainThreads.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`The trace shows no renderer main thread for frame ${frameId}`);
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** The top-level tasks of `thread`, each with the complete events nested in it. */
export function tasksOf(events: readonly TraceEvent[], thread: ThreadRef): Task[] {
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const event of own) {
    const end = event.ts + (event.dur ?? 0);
    if (current && event.ts < current.end) {
      current.children.push(event);
      continue;
    }
    if (TASK_NAMES.has(event.name)) {
      current = {
        start: event.ts,
        end,
        durationMs: (event.dur ?? 0) / 1000,
        cpuMs: event.tdur === undefined ? Number.NaN : event.tdur / 1000,
        children: [],
      };
      tasks.push(current);
    }
  }
  return tasks;
}

function urlOf(event: TraceEvent): string | null {
  const data = dataOf(event);
  if (typeof data.url === 'string' && data.url !== '') return data.url;
  const stack = data.stackTrace as { url?: string }[] | undefined;
  return stack?.[0]?.url ?? null;
}

/** True when JavaScript ran in the task. */
export function runsScript(task: Task): boolean {
  return task.children.some((event) => SCRIPT_EVENTS.has(event.name));
}

/**
 * True when JavaScript of `origin` (the extension's `chrome-extension://ID/`) ran in the task: an
 * event names one of its scripts, or script ran and no event names any script (a bare microtask
 * checkpoint resuming a promise). Scripts of the page and of the bench's probes name their URLs.
 */
export function runsScriptFrom(task: Task, origin: string): boolean {
  let named = false;
  for (const event of task.children) {
    if (!SCRIPT_EVENTS.has(event.name)) continue;
    const url = urlOf(event);
    if (url === null) continue;
    if (url.startsWith(origin)) return true;
    named = true;
  }
  return !named && runsScript(task);
}

/** Time spent in calls into the script at `url` within the task (outermost calls only), ms. */
export function scriptTimeMs(task: Task, url: string): number {
  let total = 0;
  let coveredUntil = 0;
  for (const event of task.children) {
    if (event.name !== 'FunctionCall' || urlOf(event) !== url || event.ts < coveredUntil) continue;
    total += event.dur ?? 0;
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return total / 1000;
}

/** Time in events named `names` nested in the task (outermost ones only), ms. */
export function nestedMs(task: Task, names: ReadonlySet<string>): number {
  let total = 0;
  let coveredUntil = 0;
  for (const event of task.children) {
    if (!names.has(event.name) || event.ts < coveredUntil) continue;
    total += event.dur ?? 0;
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return total / 1000;
}

/** Style and layout work (forced synchronously when inside a script task). */
export const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);

/** True when the task rendered a frame (paint or commit to the compositor). */
export function rendersFrame(task: Task): boolean {
  return task.children.some((event) => FRAME_EVENTS.has(event.name));
}

/** True when the task painted something (a frame with visual changes; PrePaint alone is not). */
export function paints(task: Task): boolean {
  return task.children.some((event) => event.name === 'Paint');
}

/** Timestamps (µs) of the page's `performance.mark(name)` calls, in order. */
export function userMarks(events: readonly TraceEvent[], name: string): number[] {
  return events
    .filter((event) => event.name === name && event.cat.includes('blink.user_timing'))
    .map((event) => event.ts)
    .sort((a, b) => a - b);
}

/** The task running at `ts`, if any. */
export function taskAt(tasks: readonly Task[], ts: number): Task | undefined {
  return tasks.find((task) => task.start <= ts && ts <= task.end);
}

/** The first task after `ts` that rendered a frame. */
export function nextFrameTask(tasks: readonly Task[], ts: number): Task | undefined {
  return tasks.find((task) => task.start >= ts && rendersFrame(task));
}

export function sumMs(tasks: readonly Task[]): number {
  return tasks.reduce((sum, task) => sum + task.durationMs, 0);
}

/** CPU time of the tasks, ms (NaN when the trace has no thread clock). */
export function sumCpuMs(tasks: readonly Task[]): number {
  return tasks.reduce((sum, task) => sum + task.cpuMs, 0);
}
