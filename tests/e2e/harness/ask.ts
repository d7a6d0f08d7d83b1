/** Asks the background from an extension page (the manager), as the page itself does. */
import type { Page } from 'playwright-core';

export function askFromPage<T>(page: Page, request: Record<string, unknown>): Promise<T> {
  return page.evaluate(async (message) => {
    const reply = await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage(message);
    const response = reply as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!response.ok) throw new Error(response.error?.message);
    return response.data;
  }, request) as Promise<T>;
}
