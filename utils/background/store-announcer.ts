/**
 * Announces committed writes to the store to the extension's open pages (STORE_CHANGES_CHANNEL),
 * so a manager tab never keeps showing what another tab, an import or a reset has changed.
 * Dexie's 'storagemutated' fires once a write transaction has committed (here or in another
 * context of the extension), so a page that reloads on the announcement reads the new state.
 * Writes in quick succession (an import's chunks) make one announcement.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { StoreChanged } from '../messaging/protocol';

/** How long announcements are held back to gather writes that follow (milliseconds). */
export const ANNOUNCE_DELAY_MS = 50;

/**
 * Starts announcing the changes of the database `dbName`; returns the function that stops it.
 * While `quiet()` holds (an import is writing its chunks), the announcement waits: open manager
 * tabs would otherwise rebuild their whole view after every chunk and slow the import to a crawl.
 */
export function announceStoreChanges(
  dbName: string,
  post: (message: StoreChanged) => void,
  delayMs = ANNOUNCE_DELAY_MS,
  quiet: () => boolean = () => false,
): () => void {
  const prefix = `idb://${dbName}/`;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onMutated = (parts: ObservabilitySet) => {
    if (timer !== null || !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    const announce = () => {
      if (quiet()) {
        timer = setTimeout(announce, delayMs);
        return;
      }
      timer = null;
      post({ type: 'storeChanged', sequence: ++sequence });
    };
    timer = setTimeout(announce, delayMs);
  };
  Dexie.on('storagemutated', onMutated);
  return () => {
    Dexie.on.storagemutated.unsubscribe(onMutated);
    if (timer !== null) clearTimeout(timer);
  };
}
