/**
 * Runs work in idle time, a bounded slice at a time, so marking never competes with the page's
 * own rendering and input handling.
 */

export interface IdleOptions {
  signal?: AbortSignal;
  /** Longest slice of work per idle callback, in ms (default 8: half a 60 Hz frame). */
  budgetMs?: number;
  /** Run a slice after this long even if the page is never idle (default 1000 ms). */
  timeoutMs?: number;
  win?: Window;
}

export interface IdleChunkResult {
  /** False when the signal aborted before every item ran. */
  completed: boolean;
  processed: number;
}

type Deadline = { timeRemaining(): number };
type Scheduler = (callback: (deadline: Deadline) => void) => void;

function idleScheduler(win: Window, budgetMs: number, timeoutMs: number): Scheduler {
  if (typeof win.requestIdleCallback === 'function') {
    return (callback) => {
      win.requestIdleCallback(callback, { timeout: timeoutMs });
    };
  }
  // No idle callbacks (Safari, test DOMs): yield to the event loop and allow one budget per slice.
  return (callback) => {
    win.setTimeout(() => {
      const start = win.performance.now();
      callback({ timeRemaining: () => Math.max(0, budgetMs - (win.performance.now() - start)) });
    }, 0);
  };
}

/**
 * Calls `step(shouldYield)` in idle slices until it returns true (done). A step should do some
 * work before asking `shouldYield()`, which turns true when the slice's idle time or `budgetMs`
 * is used up or `signal` aborted. Resolves true when done, false as soon as `signal` aborts;
 * a throwing step rejects.
 */
export function runWhenIdle(
  step: (shouldYield: () => boolean) => boolean,
  options: IdleOptions = {},
): Promise<boolean> {
  const win = options.win ?? window;
  const budgetMs = options.budgetMs ?? 8;
  const schedule = idleScheduler(win, budgetMs, options.timeoutMs ?? 1000);
  const signal = options.signal;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = (): void => {
      if (settle()) resolve(false);
    };
    const slice = (deadline: Deadline): void => {
      if (settled) return;
      const sliceStart = win.performance.now();
      const shouldYield = (): boolean =>
        Boolean(signal?.aborted) ||
        deadline.timeRemaining() <= 0 ||
        win.performance.now() - sliceStart >= budgetMs;
      let done: boolean;
      try {
        done = step(shouldYield);
      } catch (error) {
        if (settle()) reject(error);
        return;
      }
      if (done) {
        if (settle()) resolve(true);
      } else if (!settled) {
        schedule(slice);
      }
    };
    if (signal?.aborted) return resolve(false);
    signal?.addEventListener('abort', onAbort, { once: true });
    schedule(slice);
  });
}

/**
 * Calls `work(item, index)` for each item in idle slices (each slice runs at least one item).
 * Resolves when done or, with `completed: false`, as soon as `signal` aborts.
 */
export async function runInIdleChunks<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  options: IdleOptions = {},
): Promise<IdleChunkResult> {
  let processed = 0;
  if (items.length === 0) return { completed: !options.signal?.aborted, processed };
  const completed = await runWhenIdle((shouldYield) => {
    do {
      const index = processed++;
      work(items[index] as T, index);
    } while (processed < items.length && !shouldYield());
    return processed >= items.length;
  }, options);
  return { completed, processed };
}
