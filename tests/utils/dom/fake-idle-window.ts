/** A test double for idle scheduling; used by the idle and text-map tests. */

/**
 * happy-dom has no requestIdleCallback, so the tests drive a fake window: a manual clock, a task
 * queue, and idle periods of `idleMs` (null: no requestIdleCallback at all).
 */
export function fakeIdleWindow(idleMs: number | null) {
  let clock = 0;
  let idlePeriods = 0;
  let timerTasks = 0;
  const queue: Array<() => void> = [];
  const win = {
    performance: { now: () => clock },
    setTimeout: (task: () => void) => {
      timerTasks++;
      return queue.push(task);
    },
    requestIdleCallback:
      idleMs === null
        ? undefined
        : (callback: IdleRequestCallback) =>
            queue.push(() => {
              idlePeriods++;
              const start = clock;
              callback({ didTimeout: false, timeRemaining: () => Math.max(0, idleMs - (clock - start)) });
            }),
  } as unknown as Window;
  return {
    win,
    /** Simulates a job taking `ms`. */
    spend: (ms: number) => {
      clock += ms;
    },
    /** Runs the next queued task, if any. */
    runNext: async () => {
      queue.shift()?.();
      await Promise.resolve();
    },
    /** Runs queued tasks (one per event-loop turn) until none are left. */
    drain: async () => {
      while (queue.length > 0) {
        queue.shift()?.();
        await Promise.resolve();
      }
    },
    idlePeriods: () => idlePeriods,
    timerTasks: () => timerTasks,
  };
}
