/**
 * Imports the manager is watching: each importApply that names a `progressId` is kept here while
 * it runs, so the manager can ask how far it is (importProgress, polled) and cancel it
 * (importCancel). Cancelling aborts before the next chunk; the import journal then puts the store
 * back as it was (utils/store/import-journal.ts). Pure: no browser API.
 */
import type { ImportProgress, ImportProgressState } from '../store/import-export';

export interface RunningImport {
  signal: AbortSignal;
  report(progress: ImportProgress): void;
}

export interface ImportWatch {
  /** Registers an import; `finish` forgets it (the import's own answer says how it ended). */
  start(id: string): RunningImport & { finish(): void };
  /** How far the import is; null when no import runs under this id (not started, or over). */
  progress(id: string): ImportProgressState | null;
  /** Asks the import to stop; false when none runs under this id. */
  cancel(id: string): boolean;
}

export function createImportWatch(): ImportWatch {
  const running = new Map<string, { state: ImportProgressState; controller: AbortController }>();
  return {
    start(id) {
      const entry = { state: { done: 0, total: 0, cancelling: false }, controller: new AbortController() };
      running.set(id, entry);
      return {
        signal: entry.controller.signal,
        report: ({ done, total }) => {
          entry.state = { ...entry.state, done, total };
        },
        finish: () => {
          if (running.get(id) === entry) running.delete(id);
        },
      };
    },
    progress(id) {
      const entry = running.get(id);
      return entry ? { ...entry.state } : null;
    },
    cancel(id) {
      const entry = running.get(id);
      if (!entry) return false;
      entry.state = { ...entry.state, cancelling: true };
      entry.controller.abort();
      return true;
    },
  };
}
