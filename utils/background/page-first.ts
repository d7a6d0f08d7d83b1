/**
 * Pages first: while a reader's page waits for the store (its marks, a figure's reports), a long
 * import pauses between chunks. Pure: the handler counts page requests in and out, the import
 * awaits `turn()` before each chunk.
 */

/** Longest an import waits for pages at one chunk, so a page asking without pause cannot stall it. */
export const MAX_IMPORT_PAUSE_MS = 5_000;

export interface PageFirst {
  /** Runs a page's request, holding imports back until it (and every other) is answered. */
  page<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when no page request is waiting (or after MAX_IMPORT_PAUSE_MS), always in a later task. */
  turn(): Promise<void>;
}

export function createPageFirst(maxPauseMs = MAX_IMPORT_PAUSE_MS): PageFirst {
  let waiting = 0;
  let wake: (() => void)[] = [];
  const settle = () => {
    if (waiting > 0) return;
    const woken = wake;
    wake = [];
    for (const resolve of woken) resolve();
  };
  return {
    async page(work) {
      waiting++;
      try {
        return await work();
      } finally {
        waiting--;
        settle();
      }
    },
    turn() {
      return new Promise<void>((resolve) => {
        // A new task either way, so requests that arrived meanwhile are counted first.
        setTimeout(() => {
          if (waiting === 0) return resolve();
          const timer = setTimeout(resolve, maxPauseMs);
          wake.push(() => {
            clearTimeout(timer);
            resolve();
          });
        }, 0);
      });
    },
  };
}
