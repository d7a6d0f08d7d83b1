/**
 * Open extension pages listen for the background's store-change announcements (see
 * STORE_CHANGES_CHANNEL in protocol/extension-pages.ts). A BroadcastChannel reaches only pages of the extension's
 * own origin; whatever arrives is still checked for shape before it counts.
 */
import { isStoreChanged, STORE_CHANGES_CHANNEL } from './protocol';

/** Calls `onChange` after every announced change; returns the function that stops listening. */
export function listenForStoreChanges(onChange: () => void): () => void {
  const channel = new BroadcastChannel(STORE_CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isStoreChanged(event.data)) onChange();
  };
  return () => channel.close();
}
