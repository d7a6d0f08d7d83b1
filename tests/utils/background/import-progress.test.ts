/**
 * The manager's import progress bar and its Cancel: the background says how far an import is
 * and stops it on request, leaving the store exactly as before; only extension pages may ask.
 */
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import type { AnyResponse } from '../../../utils/messaging/protocol';
import { claimCount } from '../../../utils/store/claim-rows';
import { applyImport, type ImportProgress } from '../../../utils/store/import-export';
import { seedStore } from '../../../utils/store/seed';
import { claimPackGenerator } from '../../bench/extension/claim-packs';
import { fixturePack, freshDb, snapshot } from '../store/helpers';

const EXTENSION_ID = 'crosstally-test-id';
const context: HandlerContext = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
  seedPack: fixturePack(),
};
const extensionPage: RequestSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/options.html`,
};
const contentScript: RequestSender = { id: EXTENSION_ID, url: 'https://news.example/2020/09/27/karabakh' };
const bigPack = () => JSON.stringify(claimPackGenerator(5).pack(0, 3_000));

describe('import progress and cancel', () => {
  it('reports progress while an import runs, and Cancel leaves the store as it was', async () => {
    const db = freshDb();
    await seedStore(db, fixturePack(), 1);
    const before = await snapshot(db);
    const ask = (request: object) => handleRequest(db, request as never, extensionPage, context);
    const applying = ask({
      type: 'importApply',
      text: bigPack(),
      onConflict: 'keep-mine',
      progressId: 'p-1',
    });
    let progress = null as { done: number; total: number } | null;
    for (let i = 0; i < 500 && !(progress && progress.done > 0); i++) {
      const reply = (await ask({ type: 'importProgress', progressId: 'p-1' })) as AnyResponse;
      if (reply.ok) progress = reply.data as typeof progress;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(progress?.done).toBeGreaterThan(0);
    expect(progress?.done).toBeLessThan(progress?.total ?? 0);
    expect(await ask({ type: 'importCancel', progressId: 'p-1' })).toEqual({
      ok: true,
      data: { cancelled: true },
    });
    const ended = await applying;
    expect(ended).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.importJournal.count()).toBe(0);
    // Over: nothing to follow or cancel any more.
    expect(await ask({ type: 'importProgress', progressId: 'p-1' })).toEqual({ ok: true, data: null });
    expect(await ask({ type: 'importCancel', progressId: 'p-1' })).toEqual({
      ok: true,
      data: { cancelled: false },
    });
  });

  it('refuses progress and cancel requests from web pages', async () => {
    const db = freshDb();
    for (const type of ['importProgress', 'importCancel']) {
      const reply = await handleRequest(db, { type, progressId: 'p-1' } as never, contentScript, context);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const bad = await handleRequest(
      db,
      { type: 'importCancel', progressId: '<script>' } as never,
      extensionPage,
      context,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('counts every record of the pack up to the total', async () => {
    const db = freshDb();
    const pack = claimPackGenerator(6).pack(0, 2_000);
    const seen: ImportProgress[] = [];
    await applyImport(db, pack, { onProgress: (progress) => seen.push(progress) });
    const total = pack.sources.length + pack.claims.length;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((p, i) => p.total === total && p.done >= (seen[i - 1]?.done ?? 0))).toBe(true);
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(await claimCount(db)).toBe(pack.claims.length);
  });
});
