/**
 * Periods in real Chromium with the built extension: a page's running total ("480 soldiers killed
 * since 27 September") opens an overlay whose chart table lists the claimant's tallies in order,
 * and reports of other periods are listed apart, never marked "differs". The claimants' series
 * come from a pack of this file's own, imported as a reader would. Needs `npx wxt build` first.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../utils/store/types';
import { axNodes, descendants, textOf, waitForOverlay } from './content-probes';
import { firstMarkPoint, waitForMarks } from './harness';
import { askFromPage } from './harness/ask';
import { useChromiumSuite } from './harness/chromium-suite';
import { armMod, PACK, report } from './periods-pack';

const suite = useChromiumSuite();

/** The open overlay's table rows (cells as text) and the text of each period section. */
async function overlayPeriods(cdp: CDPSession) {
  const { nodes, byId } = await axNodes(cdp);
  const dialog = nodes.find((node) => !node.ignored && node.role?.value === 'dialog');
  if (!dialog) throw new Error('no overlay');
  const inside = descendants(dialog, byId).filter((node) => !node.ignored);
  const rows = inside
    .filter((node) => node.role?.value === 'row')
    .map((row) =>
      descendants(row, byId)
        .filter((cell) => !cell.ignored && /cell|header/i.test(cell.role?.value ?? ''))
        .map((cell) => textOf(cell, byId)),
    );
  return {
    rows,
    text: textOf(dialog, byId),
    headings: inside.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value ?? ''),
  };
}

async function importPack(): Promise<void> {
  const manager = await suite.newPage();
  await manager.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
  await askFromPage(manager, { type: 'importApply', text: JSON.stringify(PACK), onConflict: 'keep-mine' });
  await manager.close();
}

async function openOverlay(): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await suite.newPage();
  await page.goto(suite.demo.pageUrl('running-total.html'));
  await waitForMarks(page, 10_000);
  const cdp = await suite.session.context.newCDPSession(page);
  const point = await firstMarkPoint(page);
  if (!point) throw new Error('no mark');
  await page.mouse.click(point.x, point.y);
  await waitForOverlay(cdp);
  return { page, cdp };
}

describe('periods in the overlay', () => {
  it('charts the claimant’s running total in order, and never marks another period as differing', async () => {
    await importPack();
    const { cdp } = await openOverlay();
    const overlay = await overlayPeriods(cdp);
    expect(overlay.headings[0]).toBe('Armenian soldiers killed, so far, to 10 Oct 2020');
    expect(overlay.rows).toEqual([
      ['Claimant', 'To', 'Tally'],
      ["Armenia's Ministry of Defence", '27 Sep 2020', '16'],
      ["Armenia's Ministry of Defence", '28 Sep 2020', '31'],
      ["Armenia's Ministry of Defence", '9 Nov 2020', '2,425'],
      ['Nagorno-Karabakh Defence Ministry', '10 Oct 2020', '500'],
      ["This page (Armenia's Ministry of Defence)", '10 Oct 2020', '480'],
    ]);
    // Only the same period's other claimant is compared; the day's count and earlier tallies are not.
    expect(overlay.text.match(/differs/g)).toHaveLength(1);
    expect(overlay.headings).toEqual(expect.arrayContaining(['10 Oct 2020', 'so far, to 27 Sep 2020']));
    const dayAt = overlay.text.indexOf('10 Oct 2020 3');
    expect(dayAt).toBeGreaterThan(overlay.text.indexOf('differs'));
  });
});

/** Replaces the extension's database with one as schema 4 wrote it (Dexie's IndexedDB version 40). */
async function writeSchema4Database(manager: Page, claims: Record<string, unknown>[], sources: Source[]) {
  await manager.evaluate(
    async ({ claims, sources }) => {
      const done = (request: IDBRequest | IDBOpenDBRequest) =>
        new Promise<unknown>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      // The background's connection closes on the version change (Dexie's default) and may reopen
      // the database (at its current version) before ours opens: then delete and try again.
      let open: IDBOpenDBRequest | null = null;
      for (let attempt = 0; attempt < 20 && !open; attempt++) {
        await done(indexedDB.deleteDatabase('crosstally'));
        const request = indexedDB.open('crosstally', 40);
        request.onupgradeneeded = () => {
          const db = request.result;
          const sourceStore = db.createObjectStore('sources', { keyPath: 'id' });
          sourceStore.createIndex('kind', 'kind');
          sourceStore.createIndex('outlet', 'outlet');
          const claimStore = db.createObjectStore('claims', { keyPath: 'id' });
          for (const index of ['metric', 'sourceId', 'claimant.id', 'origin'])
            claimStore.createIndex(index, index);
          claimStore.createIndex('words', 'words', { multiEntry: true });
          claimStore.createIndex('[value+metric]', ['value', 'metric']);
          db.createObjectStore('meta', { keyPath: 'key' });
          db.createObjectStore('documents', { keyPath: 'sourceId' });
          db.createObjectStore('tombstones', { keyPath: 'id' });
          db.createObjectStore('digests', { keyPath: 'metric' });
          db.createObjectStore('importJournal', { keyPath: 'seq', autoIncrement: true }).createIndex(
            'importId',
            'importId',
          );
        };
        try {
          await done(request);
          open = request;
        } catch (error) {
          if ((error as DOMException | null)?.name !== 'VersionError') throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      if (!open) throw new Error('could not replace the database');
      const db = open.result;
      const tx = db.transaction(['sources', 'claims'], 'readwrite');
      for (const source of sources) tx.objectStore('sources').put(source);
      for (const claim of claims) tx.objectStore('claims').put(claim);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { claims, sources },
  );
}

describe('the schema 5 upgrade in the browser', () => {
  it('keeps a reader’s edited claim, its era metric read as deaths over 1988–94', async () => {
    const { source, claim } = report(9, null, 30_500, '1988/1994');
    const { period: _p, ...rest } = claim;
    const edited = {
      ...rest,
      id: `${source.id}#war_deaths@${claim.start}`,
      metric: 'war_deaths',
      side: null,
      eventDate: '1994-05-12',
      note: 'per the census',
      editedAt: 99,
      version: 3,
      words: ['census'],
    };
    const { period: dayPeriod, ...day } = report(10, armMod, 16, '2020-09-27').claim;
    const dated = {
      ...day,
      eventDate: dayPeriod,
      note: 'checked',
      editedAt: 50,
      version: 2,
      words: ['checked'],
    };
    const manager = await suite.newPage();
    await manager.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await writeSchema4Database(
      manager,
      [edited, dated],
      [source, report(10, armMod, 16, '2020-09-27').source],
    );

    type Versioned = { claim: Claim; version: number } | null;
    const upgraded = await askFromPage<Versioned>(manager, {
      type: 'getClaim',
      id: `${source.id}#deaths@${claim.start}`,
    });
    expect(upgraded?.claim).toMatchObject({
      metric: 'deaths',
      period: '1988/1994',
      value: 30_500,
      editedAt: 99,
      note: 'per the census\nEvent date before the period upgrade: 1994-05-12',
    });
    expect(upgraded?.version).toBe(3);
    expect(await askFromPage<Versioned>(manager, { type: 'getClaim', id: edited.id })).toBeNull();
    const day16 = await askFromPage<Versioned>(manager, { type: 'getClaim', id: day.id });
    expect(day16?.claim).toMatchObject({ period: '2020-09-27', note: 'checked', editedAt: 50 });
    expect(day16?.claim).not.toHaveProperty('eventDate');
  });
});
