/** A manager page reloads on the background's announcements, and on nothing else. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORE_CHANGES_CHANNEL } from '../../../utils/messaging/protocol';
import { listenForStoreChanges } from '../../../utils/messaging/store-changes';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('listenForStoreChanges', () => {
  it('calls back for each announcement; ignores other messages; stops when asked', async () => {
    const onChange = vi.fn();
    const stop = listenForStoreChanges(onChange);
    const background = new BroadcastChannel(STORE_CHANGES_CHANNEL);
    closers.push(() => background.close());
    background.postMessage({ type: 'something-else', sequence: 1 });
    background.postMessage({ type: 'storeChanged', sequence: 'x' });
    background.postMessage('storeChanged');
    background.postMessage({ type: 'storeChanged', sequence: 1 });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    stop();
    background.postMessage({ type: 'storeChanged', sequence: 2 });
    // A second listener, still open, proves the message went out while the stopped one stayed quiet.
    const other = vi.fn();
    closers.push(listenForStoreChanges(other));
    background.postMessage({ type: 'storeChanged', sequence: 3 });
    await vi.waitFor(() => expect(other).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
