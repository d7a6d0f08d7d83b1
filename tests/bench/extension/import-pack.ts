/**
 * One pack import through the manager's path, from an extension page: the file's text sent in
 * parts (`importUpload`, posted to the service worker where the build takes it so), previewed by
 * its upload id (`importPreview`), then imported (`importApply`, the step the reader confirms and
 * watches the progress bar of).
 */
import type { Page } from 'playwright-core';
import { PACK_UPLOAD_PART_CHARS } from '../../../utils/limits';

export interface TimedImport {
  /** The import (importApply), from sending the request to its reply, in the page. */
  ms: number;
  /** Sending the file's parts and its preview, before the reader confirms the import. */
  previewMs: number;
  /** Claims the import added. */
  added: number;
  /** When the page sent the import and when its reply came, as epoch milliseconds (comparable with the worker's marks). */
  sentAt: number;
  repliedAt: number;
}

let uploads = 0;

/**
 * Whether the page's build answers uploads posted to its service worker, as the manager then
 * sends them (utils/messaging/extension-page-requests.ts); older builds take them by runtime
 * messaging only. Asked once per page, with a request the background refuses.
 */
const postsUploads = new WeakMap<Page, boolean>();

async function uploadsPosted(page: Page): Promise<boolean> {
  const known = postsUploads.get(page);
  if (known !== undefined) return known;
  const posts = await page.evaluate(
    `navigator.serviceWorker.getRegistration().then((registration) => new Promise((resolve) => {
      const worker = registration && registration.active;
      if (!worker) return resolve(false);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(true);
      setTimeout(() => resolve(false), 2000);
      worker.postMessage({ type: 'importUpload' }, [channel.port2]);
    }))`,
  );
  postsUploads.set(page, posts === true);
  return posts === true;
}

/** Imports `text` (a claim pack's JSON) as the manager does, keeping the reader's edits; throws with the store's message on failure. */
export async function importPackTimed(page: Page, text: string): Promise<TimedImport> {
  const posted = await uploadsPosted(page);
  return page.evaluate(
    async ({ packText, partChars, uploadId, postUploads }) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      // One loop, no local functions: tsx would name them with a helper the page lacks.
      const previewStarted = performance.now();
      const count = Math.max(1, Math.ceil(packText.length / partChars));
      const requests: object[] = [];
      for (let index = 0; index < count; index++) {
        const text = packText.slice(index * partChars, (index + 1) * partChars);
        requests.push({ type: 'importUpload', uploadId, index, count, text });
      }
      requests.push({ type: 'importPreview', uploadId });
      requests.push({ type: 'importApply', uploadId, onConflict: 'keep-mine' });
      let started = previewStarted;
      let added = 0;
      for (const request of requests) {
        if (request === requests.at(-1)) started = performance.now();
        const worker = postUploads ? (await navigator.serviceWorker.getRegistration())?.active : null;
        const channel = new MessageChannel();
        const reply = (await (worker && 'text' in request
          ? new Promise((resolve) => {
              channel.port1.addEventListener('message', (event) => resolve(event.data));
              channel.port1.start();
              worker.postMessage(request, [channel.port2]);
            })
          : runtime.sendMessage(request))) as {
          ok: boolean;
          error?: { message: string };
          data?: { claims?: { added?: number } };
        };
        channel.port1.close();
        if (!reply.ok) throw new Error(reply.error?.message);
        added = reply.data?.claims?.added ?? 0;
      }
      const ended = performance.now();
      return {
        ms: ended - started,
        added,
        previewMs: started - previewStarted,
        sentAt: performance.timeOrigin + started,
        repliedAt: performance.timeOrigin + ended,
      };
    },
    {
      packText: text,
      partChars: PACK_UPLOAD_PART_CHARS,
      uploadId: `bench-${++uploads}`,
      postUploads: posted,
    },
  );
}
