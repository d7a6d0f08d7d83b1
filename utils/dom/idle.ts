/**
 * Runs a list of small jobs in idle time, a bounded slice at a time, so marking never competes
 * with the page's own rendering and input handling.
 */

export interface IdleChunkOptions {
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
 * Calls `work(item, index)` for each item in idle slices of at most `budgetMs` (each slice runs at
 * least one item). Resolves when done or, with `completed: false`, as soon as `signal` aborts;
 * a throwing `work` rejects.
 */
export function runInIdleChunks<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  options: IdleChunkOptions = {},
): Promise<IdleChunkResult> {
  const win = options.win ?? window;
  const budgetMs = options.budgetMs ?? 8;
  const schedule = idleScheduler(win, budgetMs, options.timeoutMs ?? 1000);
  const signal = options.signal;
  let processed = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (completed: boolean): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve({ completed, processed });
    };
    const onAbort = (): void => finish(false);
    const slice = (deadline: Deadline): void => {
      if (settled) return;
      const sliceStart = win.performance.now();
      try {
        do {
          const index = processed++;
          work(items[index] as T, index);
        } while (
          processed < items.length &&
          !signal?.aborted &&
          deadline.timeRemaining() > 0 &&
          win.performance.now() - sliceStart < budgetMs
        );
      } catch (error) {
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        reject(error);
        return;
      }
      if (processed >= items.length) finish(true);
      else if (!signal?.aborted) schedule(slice);
    };
    if (signal?.aborted) return finish(false);
    if (items.length === 0) return finish(true);
    signal?.addEventListener('abort', onAbort, { once: true });
    schedule(slice);
  });
}
