/**
 * One pack import through the product's path, from an extension page: `importApply` as the
 * manager sends it (messaging, validation, the import's chunks in the service worker, IndexedDB).
 */
import type { Page } from 'playwright-core';

export interface TimedImport {
  /** From sending the request to its reply, in the page. */
  ms: number;
  /** When the page sent it and when the reply came, as epoch milliseconds (comparable with the worker's marks). */
  sentAt: number;
  repliedAt: number;
}

/** Imports `text` (a claim pack's JSON), keeping the reader's edits; throws with the store's message on failure. */
export async function importPackTimed(page: Page, text: string): Promise<TimedImport> {
  return page.evaluate(async (packText) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const started = performance.now();
    const reply = (await runtime.sendMessage({
      type: 'importApply',
      text: packText,
      onConflict: 'keep-mine',
    })) as {
      ok: boolean;
      error?: { message: string };
    };
    if (!reply.ok) throw new Error(reply.error?.message);
    const ended = performance.now();
    return {
      ms: ended - started,
      sentAt: performance.timeOrigin + started,
      repliedAt: performance.timeOrigin + ended,
    };
  }, text);
}
