import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HandlerContext, handleRequest, type RequestSender } from '../../../utils/background/handler';
import type { LedgerSettingsStore } from '../../../utils/background/ledger-settings';
import type { AnyResponse, RequestOf } from '../../../utils/messaging/protocol';
import { claimRow, claimsOfOrigin, countOfOrigin } from '../../../utils/store/claim-rows';
import type { CrosstallyDb } from '../../../utils/store/db';
import type { LedgerSettings } from '../../../utils/store/ledger/types';
import { seedStore } from '../../../utils/store/seed';
import { fixturePack, freshDb } from '../store/helpers';
import { figureIn, pageOf, SAID_16 } from '../store/ledger/ledger-fixtures';

const EXTENSION_ID = 'crosstally-test-id';

function memoryStore(initial?: unknown): LedgerSettingsStore & { value: unknown } {
  const store = {
    value: initial,
    read: async () => store.value,
    write: async (settings: LedgerSettings) => {
      store.value = structuredClone(settings);
    },
  };
  return store;
}

let db: CrosstallyDb;
let settings: ReturnType<typeof memoryStore>;
let context: HandlerContext;
beforeEach(() => {
  db = freshDb();
  settings = memoryStore();
  context = {
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
    seedPack: fixturePack(),
    ledgerSettings: settings,
  };
});
afterEach(async () => {
  await db.delete();
});

const PAGE_URL = 'https://news.example/2020/09/28/karabakh';
const tabSender = (incognito: boolean): RequestSender => ({
  id: EXTENSION_ID,
  url: PAGE_URL,
  tab: { incognito },
});
const normalTab = tabSender(false);
const privateTab = tabSender(true);
const managerPage: RequestSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/options.html`,
};

const text = `Intro. ${SAID_16}`;
const record = (extra: Partial<RequestOf<'recordReading'>> = {}): RequestOf<'recordReading'> => ({
  type: 'recordReading',
  page: pageOf(text, { url: PAGE_URL }),
  figures: [figureIn(text, SAID_16, '16 soldiers', 16)],
  ...extra,
});

function dataOf<T>(response: AnyResponse): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.data as T;
}

const readClaims = () => countOfOrigin(db, 'read');

describe('what the ledger keeps', () => {
  it('keeps nothing until the reader says yes, and says the question is open', async () => {
    const outcome = dataOf(await handleRequest(db, record(), normalTab, context));
    expect(outcome).toEqual({ recorded: false, reason: 'undecided', inLedger: 0, consent: null });
    expect(await readClaims()).toBe(0);
  });

  it('keeps a page once the reader said yes in the overlay', async () => {
    dataOf(await handleRequest(db, { type: 'setLedgerConsent', consent: true }, normalTab, context));
    const outcome = dataOf<{ recorded: boolean; inLedger: number }>(
      await handleRequest(db, record(), normalTab, context),
    );
    expect([outcome.recorded, outcome.inLedger]).toEqual([true, 1]);
    expect(await readClaims()).toBe(1);
  });

  it('keeps nothing from a private window, even when on or asked to save, and tells it nothing', async () => {
    settings.value = { consent: true, excludedSites: [], keepDays: null };
    dataOf(await handleRequest(db, record(), normalTab, context));
    for (const request of [record(), record({ save: true })]) {
      const outcome = dataOf(await handleRequest(db, request, privateTab, context));
      expect(outcome).toEqual({ recorded: false, reason: 'private', inLedger: 0, consent: true });
    }
    // A sender the browser gave no tab (not a page) is treated the same.
    const noTab = dataOf(await handleRequest(db, record(), { id: EXTENSION_ID, url: PAGE_URL }, context));
    expect(noTab).toMatchObject({ recorded: false, reason: 'private' });
    expect(await readClaims()).toBe(1);
  });

  it('keeps nothing from a site the reader excluded in the popup', async () => {
    dataOf(
      await handleRequest(
        db,
        { type: 'updateLedgerSettings', consent: true, site: { name: 'News.Example', excluded: true } },
        managerPage,
        context,
      ),
    );
    expect(dataOf(await handleRequest(db, record({ save: true }), normalTab, context))).toMatchObject({
      reason: 'excluded',
    });
    dataOf(
      await handleRequest(
        db,
        { type: 'updateLedgerSettings', site: { name: 'news.example', excluded: false } },
        managerPage,
        context,
      ),
    );
    expect(dataOf(await handleRequest(db, record(), normalTab, context))).toMatchObject({ recorded: true });
  });

  it('keeps nothing when off, unless the reader presses "Save this page’s figures"', async () => {
    settings.value = { consent: false, excludedSites: [], keepDays: null };
    expect(dataOf(await handleRequest(db, record(), normalTab, context))).toMatchObject({ reason: 'off' });
    expect(await readClaims()).toBe(0);
    expect(dataOf(await handleRequest(db, record({ save: true }), normalTab, context))).toMatchObject({
      recorded: true,
      inLedger: 1,
    });
    // Afterwards (still off) the page says what the ledger holds of it.
    expect(dataOf(await handleRequest(db, record(), normalTab, context))).toMatchObject({
      reason: 'off',
      inLedger: 1,
    });
  });

  it('keeps nothing of a page with no figure', async () => {
    settings.value = { consent: true, excludedSites: [], keepDays: null };
    expect(dataOf(await handleRequest(db, record({ figures: [] }), normalTab, context))).toMatchObject({
      reason: 'no-figures',
    });
    expect(await db.sources.where('kind').equals('read').count()).toBe(0);
  });

  it('refuses figures without a value and malformed pages with a clear message, writing nothing', async () => {
    settings.value = { consent: true, excludedSites: [], keepDays: null };
    const vague = { ...figureIn(text, SAID_16, '16 soldiers', 16), value: null };
    const bad = await handleRequest(db, { ...record(), figures: [vague] }, normalTab, context);
    expect(bad.ok ? null : bad.error.message).toMatch(
      /Malformed "recordReading" request: request\.figures\[0\]\.value/,
    );
    const page = await handleRequest(
      db,
      record({ page: { ...pageOf(text), url: 'javascript:alert(1)' } }),
      normalTab,
      context,
    );
    expect(page.ok ? null : page.error.code).toBe('bad-request');
    expect(await readClaims()).toBe(0);
  });

  it('corrects a read figure from a page’s overlay, refusing what is malformed or not a read figure', async () => {
    settings.value = { consent: true, excludedSites: [], keepDays: null };
    dataOf(await handleRequest(db, record(), normalTab, context));
    const [read] = await claimsOfOrigin(db, 'read');
    const claimId = read?.id ?? '';
    const correct = (extra: Record<string, unknown>) =>
      handleRequest(db, { type: 'correctReadClaim', claimId, ...extra }, normalTab, context);
    for (const bad of [
      { value: -1 },
      { value: 2.5 },
      { value: 1e300 },
      { value: '17' },
      { value: 17, side: 'NK' },
      { value: 17, note: 'extra field' },
      {},
    ]) {
      const refused = await correct(bad);
      expect(refused.ok ? 'ok' : refused.error.code, JSON.stringify(bad)).toBe('bad-request');
    }
    expect((await claimRow(db, claimId))?.value).toBe(16);
    expect(dataOf(await correct({ value: 17, side: null }))).toEqual({ id: claimId, value: 17, side: null });
    // Read again: the correction stands.
    dataOf(await handleRequest(db, record(), normalTab, context));
    expect((await claimRow(db, claimId))?.value).toBe(17);
    await seedStore(db, fixturePack(), 10);
    const seeded = await handleRequest(
      db,
      { type: 'correctReadClaim', claimId: 'fx-wire#drones_downed@195', value: 1 },
      normalTab,
      context,
    );
    expect(seeded.ok ? 'ok' : seeded.error.code).toBe('not-found');
  });

  it('lets only extension pages change settings or forget sites', async () => {
    for (const request of [
      { type: 'updateLedgerSettings', consent: true },
      { type: 'forgetReadSite', site: 'news.example' },
      { type: 'forgetAllRead' },
      { type: 'ledgerSettings' },
    ]) {
      const response = await handleRequest(db, request, normalTab, context);
      expect(response.ok ? 'ok' : response.error.code, request.type).toBe('forbidden');
    }
  });

  it('reads back malformed settings as off', async () => {
    settings.value = { consent: 'yes', excludedSites: 'all', keepDays: 7 };
    const overview = dataOf(await handleRequest(db, { type: 'ledgerSettings' }, managerPage, context));
    expect(overview).toEqual({
      consent: null,
      excludedSites: [],
      keepDays: null,
      articles: 0,
      claims: 0,
      sites: [],
    });
  });
});
