/**
 * The trace reading the extension bench relies on, checked on small synthetic traces: which tasks
 * count as the content script's, which thread shows a page, what a frame is.
 */
import { describe, expect, it } from 'vitest';
import {
  frameThread,
  nestedMs,
  nextFrameTask,
  paints,
  runsScriptFrom,
  STYLE_AND_LAYOUT,
  scriptTimeMs,
  sumCpuMs,
  sumMs,
  type TraceEvent,
  taskAt,
  tasksOf,
} from './trace';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const CONTENT = `${ORIGIN}content-scripts/content.js`;
const MAIN = { pid: 7, tid: 7 };

let clock = 0;
/** A complete event on the main thread; `at` and `dur` in ms. */
function event(name: string, at: number, dur: number, data: Record<string, unknown> = {}): TraceEvent {
  return { name, cat: 'devtools.timeline', ph: 'X', ts: at * 1000, dur: dur * 1000, ...MAIN, args: { data } };
}
function task(at: number, dur: number, ...children: TraceEvent[]): TraceEvent[] {
  clock = Math.max(clock, at + dur);
  return [event('ThreadControllerImpl::RunTask', at, dur), ...children];
}

describe('tasksOf', () => {
  it('groups nested events under their top-level task and ignores other threads', () => {
    const events = [
      ...task(0, 10, event('FunctionCall', 1, 5, { url: CONTENT }), event('Layout', 2, 2)),
      ...task(20, 4, event('ParseHTML', 20, 3)),
      { ...event('FunctionCall', 1, 50, { url: CONTENT }), tid: 99 },
    ];
    const tasks = tasksOf(events, MAIN);
    expect(tasks.map((each) => [each.durationMs, each.children.map((child) => child.name)])).toEqual([
      [10, ['FunctionCall', 'Layout']],
      [4, ['ParseHTML']],
    ]);
  });
});

describe('cpu time', () => {
  it('reads the thread clock of each task beside its wall duration, NaN where the trace lacks it', () => {
    const [preempted, plain] = tasksOf(
      [{ ...event('ThreadControllerImpl::RunTask', 0, 10), tdur: 4_000 }, ...task(20, 3)],
      MAIN,
    );
    expect(preempted?.durationMs).toBe(10);
    expect(preempted?.cpuMs).toBe(4);
    expect(plain?.cpuMs).toBeNaN();
    expect(sumMs(preempted ? [preempted] : [])).toBe(10);
    expect(sumCpuMs(preempted ? [preempted] : [])).toBe(4);
  });
});

describe('runsScriptFrom', () => {
  const [content, page, microtasks, parse, mixed] = tasksOf(
    [
      ...task(0, 10, event('FunctionCall', 1, 5, { url: CONTENT })),
      ...task(20, 5, event('FunctionCall', 21, 3, { url: 'http://127.0.0.1/mark.min.js' })),
      ...task(30, 6, event('RunMicrotasks', 30, 5)),
      ...task(40, 8, event('ParseHTML', 40, 7)),
      ...task(
        50,
        9,
        event('FunctionCall', 50, 2, { url: 'crosstally-bench-marks-probe.js' }),
        event('FunctionCall', 53, 4, { url: CONTENT }),
      ),
    ],
    MAIN,
  );

  it('counts tasks naming the extension, or running script that names none', () => {
    expect(content && runsScriptFrom(content, ORIGIN)).toBe(true);
    expect(microtasks && runsScriptFrom(microtasks, ORIGIN)).toBe(true);
    expect(mixed && runsScriptFrom(mixed, ORIGIN)).toBe(true);
  });

  it('leaves out the page’s scripts and tasks without script', () => {
    expect(page && runsScriptFrom(page, ORIGIN)).toBe(false);
    expect(parse && runsScriptFrom(parse, ORIGIN)).toBe(false);
  });

  it('takes a named script’s own calls out of a shared task', () => {
    expect(mixed && scriptTimeMs(mixed, 'crosstally-bench-marks-probe.js')).toBe(2);
  });
});

describe('frames and nested work', () => {
  const tasks = tasksOf(
    [
      ...task(
        0,
        10,
        event('FunctionCall', 0, 9, { url: CONTENT }),
        event('UpdateLayoutTree', 1, 3),
        event('Layout', 5, 2),
      ),
      ...task(12, 2, event('PrePaint', 12, 1)),
      ...task(16, 5, event('PrePaint', 16, 1), event('Paint', 17, 2)),
    ],
    MAIN,
  );

  it('finds the task at a moment and the next task that painted', () => {
    expect(taskAt(tasks, 5_000)?.durationMs).toBe(10);
    expect(tasks[1] && paints(tasks[1])).toBe(false);
    expect(nextFrameTask(tasks, 10_000)?.start).toBe(12_000);
    expect(tasks.find(paints)?.start).toBe(16_000);
  });

  it('sums forced style and layout once each', () => {
    expect(tasks[0] && nestedMs(tasks[0], STYLE_AND_LAYOUT)).toBe(5);
  });
});

describe('frameThread', () => {
  it('picks the renderer main thread that ran the frame most, not the blank page’s', () => {
    const meta = (pid: number, name: string): TraceEvent => ({
      name: 'thread_name',
      cat: '__metadata',
      ph: 'M',
      ts: 0,
      pid,
      tid: pid,
      args: { name },
    });
    const inFrame = (pid: number): TraceEvent => ({
      ...event('ParseHTML', 0, 1, { frame: 'F1' }),
      pid,
      tid: pid,
    });
    const events = [meta(1, 'CrRendererMain'), meta(2, 'CrRendererMain'), meta(3, 'CrBrowserMain')];
    events.push(inFrame(1), inFrame(2), inFrame(2), inFrame(3), inFrame(3), inFrame(3));
    expect(frameThread(events, 'F1')).toEqual({ pid: 2, tid: 2 });
    expect(() => frameThread(events, 'F2')).toThrow(/no renderer main thread/);
  });
});
