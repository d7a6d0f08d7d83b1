// @vitest-environment happy-dom
/**
 * The content script's entry: a page cannot switch it off by dispatching WXT's context
 * invalidation event on `document`, which ends WXT's own context but not Crosstally.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentScriptOptions } from '../../utils/content/start';

const started: ContentScriptOptions[] = [];
vi.mock('../../utils/content/start', () => ({
  startContentScript: (options: ContentScriptOptions) => {
    started.push(options);
    return { pageStatus: () => null, pageWork: () => null };
  },
}));

const { default: contentScript } = await import('../../entrypoints/content');
/** WXT's event name (`<extension id>:content:wxt:content-script-started`), which any page can dispatch. */
const WXT_STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

afterEach(() => {
  started.splice(0);
  fakeBrowser.reset();
});

describe('the content script entry', () => {
  it("keeps running when the page dispatches WXT's invalidation event", async () => {
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    await contentScript.main(ctx);
    await vi.waitFor(() => expect(started).toHaveLength(1));
    const [options] = started;
    if (!options) throw new Error('the content script did not start');
    document.dispatchEvent(
      new CustomEvent(WXT_STARTED_EVENT, {
        detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' },
      }),
    );
    // The event does what WXT made it for, yet Crosstally's lifetime goes on.
    expect(ctx.signal.aborted).toBe(true);
    expect(options.signal.aborted).toBe(false);
    expect(options.isValid?.()).toBe(true);
  });

  it('ends when the extension is gone (runtime.id undefined)', async () => {
    await contentScript.main(new ContentScriptContext('content'));
    await vi.waitFor(() => expect(started).toHaveLength(1));
    const [options] = started;
    if (!options) throw new Error('the content script did not start');
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(options.isValid?.()).toBe(false);
    expect(options.signal.aborted).toBe(true);
  });
});
