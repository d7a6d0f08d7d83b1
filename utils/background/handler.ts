/**
 * The background's request handler: checks the sender, validates the request, runs it against the
 * store and answers { ok: true, data } or { ok: false, error }. Nothing a page sends is evaluated
 * or rendered: requests are data, validated by schema, and only ever stored or compared.
 */
import { browser } from 'wxt/browser';
import {
  type AnyRequest,
  type AnyResponse,
  failure,
  PAGE_REQUEST_TYPES,
  type PackRef,
  REQUEST_TYPES,
  type RequestType,
  type ResponseData,
} from '../messaging/protocol';
import { readerClaimPath } from '../reader/location';
import type { ClaimPackInput } from '../store/claim-pack/schema';
import type { CrosstallyDb } from '../store/db';
import { StoreError } from '../store/errors';
import { exportPack } from '../store/export-pack';
import { applyImport, previewImport } from '../store/import-export';
import { ensureNoInterruptedImport } from '../store/import-journal';
import { exportClaims } from '../store/manager/export';
import {
  claimFacets,
  listClaimIds,
  listClaims,
  listSources,
  sourceClaimCounts,
} from '../store/manager/queries';
import { resetToSeedKeeping } from '../store/manager/reset';
import { metricSpreads } from '../store/manager/spread';
import { metricTimeline } from '../store/manager/timeline';
import { deleteClaims, deleteSource, restoreClaim, undoDelete } from '../store/manager/trash';
import { editClaim, getVersionedClaim } from '../store/manager/versions';
import { addClaim, saveArticle, saveSource } from '../store/manager/writes';
import { saveClaim } from '../store/mutations';
import { counts, getSeedDocument, reportsForFigure, searchClaims } from '../store/queries';
import { bundledSeedPack, ensureSeeded, resetToSeed } from '../store/seed';
import type { StorageEstimate } from '../store/types';
import { checkSelectionText } from './check-selection';
import { createImportWatch, type ImportWatch } from './import-progress';
import { ledgerHandlers, type SenderTab } from './ledger-requests';
import { browserLedgerSettingsStore, type LedgerSettingsStore } from './ledger-settings';
import { createPackUploads, type PackUploads } from './pack-uploads';
import { analyzePage } from './page-analysis';
import { claimsForPage } from './page-claims';
import { createPageFirst, type PageFirst } from './page-first';
import { parseRequest } from './request-schema';
import { SITE_LIST_WRITES, syncSavedSites } from './saved-sites-sync';
import { namePackReports } from './subscriptions/name-reports';
import {
  acceptNewKey,
  previewSubscription,
  refreshSubscription,
  type SubscriptionDeps,
  setRefreshInterval,
  subscribe,
  unsubscribe,
} from './subscriptions/service';
import { browserSubscriptionStorage } from './subscriptions/storage';

/** The parts of a runtime.MessageSender the handler trusts (set by the browser, not the page). */
export interface RequestSender {
  id?: string;
  url?: string;
  /** The sender's tab; its `incognito` decides whether the reading ledger may keep anything. */
  tab?: SenderTab;
}

export interface HandlerContext {
  extensionId: string;
  /** Any URL of the extension's own pages ("chrome-extension://ID/", "moz-extension://UUID/"); its scheme and host are compared. */
  extensionOrigin: string;
  /** The seed written lazily and by resetToSeed; the bundled seed by default. */
  seedPack?: ClaimPackInput;
  estimateStorage?: () => Promise<{ usage?: number; quota?: number }>;
  /** Opens an extension page (path relative to the extension's root) in a new tab; for openReader. */
  openExtensionTab?: (path: string) => Promise<unknown>;
  /** Runs after a request of this type succeeded (the running extension syncs the saved-sites list). */
  afterSuccess?: (db: CrosstallyDb, type: RequestType) => Promise<void>;
  /** Called between import chunks: an extension API call keeps an MV3 service worker alive. */
  keepAlive?: () => Promise<unknown>;
  /** Where pack subscriptions are fetched from and kept (the browser's fetch and storage by default). */
  subscriptions?: Pick<SubscriptionDeps, 'fetch' | 'storage' | 'now'>;
  /** Where the reading ledger's settings live (browser.storage.local by default). */
  ledgerSettings?: LedgerSettingsStore;
}

/** What the background keeps between requests, per database: page priority and pack uploads. */
interface BackgroundState {
  pageFirst: PageFirst;
  uploads: PackUploads;
  imports: ImportWatch;
}

const states = new WeakMap<CrosstallyDb, BackgroundState>();

function stateOf(db: CrosstallyDb): BackgroundState {
  let state = states.get(db);
  if (!state) {
    state = { pageFirst: createPageFirst(), uploads: createPackUploads(), imports: createImportWatch() };
    states.set(db, state);
  }
  return state;
}

function openExtensionTab(path: string): Promise<unknown> {
  return browser.tabs.create({ url: new URL(path, browser.runtime.getURL('/')).href });
}

/** The running extension's identity, read from the browser. */
export function extensionContext(): HandlerContext {
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    estimateStorage: () => navigator.storage.estimate(),
    keepAlive: () => browser.runtime.getPlatformInfo(),
    afterSuccess: async (db, type) => {
      if (SITE_LIST_WRITES.has(type)) await syncSavedSites(db);
    },
  };
}

/**
 * scheme://host of a URL. Not URL.origin: outside the browser (and in some engines) the origin of
 * chrome-extension: and moz-extension: URLs is the opaque "null".
 */
function originOf(url: string | undefined): string | null {
  try {
    const parsed = url ? new URL(url) : null;
    return parsed?.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** Whether the sender is one of this extension's own pages (not a content script in a web page). */
function isExtensionPage(sender: RequestSender, context: HandlerContext): boolean {
  const origin = originOf(sender.url);
  return origin !== null && origin === originOf(context.extensionOrigin);
}

function requestTypeOf(data: unknown): RequestType | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type } = data as { type?: unknown };
  return typeof type === 'string' && REQUEST_TYPES.has(type as RequestType) ? (type as RequestType) : null;
}

type Handlers = {
  [T in RequestType]: (request: Extract<AnyRequest, { type: T }>) => Promise<ResponseData<T>>;
};

/** The background's answer to each request type; exported for the test that none is missing. */
export function handlersFor(db: CrosstallyDb, context: HandlerContext, sender: RequestSender = {}): Handlers {
  const seed = () => context.seedPack ?? bundledSeedPack();
  const { pageFirst, uploads, imports } = stateOf(db);
  const packOf = (ref: PackRef) => ref.text ?? uploads.pack(ref.uploadId ?? '');
  const beforeChunk = async () => {
    await pageFirst.turn();
    await context.keepAlive?.();
  };
  const subscriptionDeps = (): SubscriptionDeps => ({
    fetch: (input, init) => fetch(input, init),
    storage: browserSubscriptionStorage(),
    now: Date.now,
    ...context.subscriptions,
    db,
    beforeChunk,
  });
  return {
    getReports: async (r) =>
      namePackReports(await reportsForFigure(db, r.figure), await subscriptionDeps().storage.read()),
    checkText: async (r) => {
      const result = await checkSelectionText(db, r.text, r.context, r.publishedDate);
      const subscriptions = await subscriptionDeps().storage.read();
      for (const checked of result.figures) namePackReports(checked.reports, subscriptions);
      return result;
    },
    claimsForPage: (r) => claimsForPage(db, r.url),
    analyzePage: (r) => analyzePage(db, r.page),
    saveClaim: (r) => saveClaim(db, r.claim, r.source),
    updateClaim: (r) => editClaim(db, r.id, r.baseVersion, r.changes),
    search: (r) => searchClaims(db, r.query, r.filters),
    counts: () => counts(db),
    importUpload: async (r) => ({ chars: uploads.receive(r.uploadId, r.index, r.count, r.text) }),
    importPreview: async (r) => previewImport(db, packOf(r), { beforeChunk }),
    importApply: async (r) => {
      const watched = r.progressId === undefined ? null : imports.start(r.progressId);
      try {
        return await applyImport(db, packOf(r), {
          onConflict: r.onConflict,
          beforeChunk,
          onProgress: watched?.report,
          signal: watched?.signal,
        });
      } finally {
        watched?.finish();
        if (r.uploadId !== undefined) uploads.forget(r.uploadId);
      }
    },
    importProgress: async (r) => imports.progress(r.progressId),
    importCancel: async (r) => ({ cancelled: imports.cancel(r.progressId) }),
    exportPack: (r) => exportPack(db, r.filter),
    resetToSeed: (r) => (r.keep?.length ? resetToSeedKeeping(db, r.keep, seed()) : resetToSeed(db, seed())),
    storageEstimate: async (): Promise<StorageEstimate> => {
      const estimate = await context.estimateStorage?.().catch(() => undefined);
      return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
    },
    getSeedDocument: async (r) => {
      const document = await getSeedDocument(db, r.sourceId);
      if (!document) throw new StoreError('not-found', 'error.sourceNotFound', { id: r.sourceId });
      return document;
    },
    openReader: async (r) => {
      await (context.openExtensionTab ?? openExtensionTab)(readerClaimPath(r.sourceId, r.claimId));
      return { opened: true };
    },
    listClaims: (r) => listClaims(db, r.query, r.offset, r.limit),
    listClaimIds: async (r) => ({ ids: await listClaimIds(db, r.query, r.offset, r.limit) }),
    claimFacets: () => claimFacets(db),
    metricSpreads: (r) => metricSpreads(db, r.query),
    listSources: () => listSources(db),
    metricTimeline: (r) => metricTimeline(db, r.metric, r.side ?? null),
    sourceClaimCounts: (r) => sourceClaimCounts(db, r.sourceIds),
    addClaim: (r) => addClaim(db, r.claim),
    getClaim: (r) => getVersionedClaim(db, r.id),
    restoreClaim: (r) => restoreClaim(db, r.claim, r.version),
    deleteClaims: (r) => deleteClaims(db, r.ids, Date.now(), r.versions),
    deleteSource: (r) => deleteSource(db, r.sourceId),
    undoDelete: (r) => undoDelete(db, r.token),
    saveSource: (r) => saveSource(db, r.source),
    saveArticle: (r) => saveArticle(db, r.article),
    exportClaims: (r) => exportClaims(db, r),
    packSubscriptions: () => subscriptionDeps().storage.read(),
    previewPackSubscription: (r) => previewSubscription(subscriptionDeps(), r.url, r.publicKey),
    subscribePack: (r) => subscribe(subscriptionDeps(), r.url, r.publicKey),
    refreshPackSubscription: (r) => refreshSubscription(subscriptionDeps(), r.id),
    acceptPackKey: (r) => acceptNewKey(subscriptionDeps(), r.id),
    setPackRefreshInterval: (r) => setRefreshInterval(subscriptionDeps(), r.id, r.hours),
    unsubscribePack: (r) => unsubscribe(subscriptionDeps(), r.id),
    ...ledgerHandlers(db, context.ledgerSettings ?? browserLedgerSettingsStore, sender.tab),
  };
}

/** Answers one request. Never throws; every failure is a typed { ok: false, error }. */
export async function handleRequest(
  db: CrosstallyDb,
  data: unknown,
  sender: RequestSender,
  context: HandlerContext = extensionContext(),
): Promise<AnyResponse> {
  if (!sender.id || sender.id !== context.extensionId) {
    return failure('forbidden', 'error.forbidden');
  }
  const type = requestTypeOf(data);
  if (!type) return failure('bad-request', 'error.badRequest');
  if (!PAGE_REQUEST_TYPES.has(type) && !isExtensionPage(sender, context)) {
    return failure('forbidden', 'error.pagesOnly', { type });
  }
  const parsed = parseRequest(data);
  if (!parsed.ok) return failure('bad-request', 'error.malformedRequest', { type }, parsed.issues);
  // A page's question goes before the next chunk of a running import.
  if (PAGE_REQUEST_TYPES.has(type))
    return stateOf(db).pageFirst.page(() => answer(db, type, parsed.request, context, sender));
  return answer(db, type, parsed.request, context, sender);
}

async function answer(
  db: CrosstallyDb,
  type: RequestType,
  request: AnyRequest,
  context: HandlerContext,
  sender: RequestSender,
): Promise<AnyResponse> {
  // An import the last run of the background left half done is undone before anything is read.
  await ensureNoInterruptedImport(db).catch((error: unknown) =>
    console.error('Crosstally: undoing an interrupted import failed', error),
  );
  // A seed that cannot be written (full disk) must not block reading what is already stored;
  // the next request tries again.
  await ensureSeeded(db, context.seedPack).catch((error: unknown) =>
    console.error('Crosstally: seeding failed', error),
  );
  try {
    const handle = handlersFor(db, context, sender)[type] as (
      request: AnyRequest,
    ) => Promise<ResponseData<RequestType>>;
    const data = await handle(request);
    // Bookkeeping after the answer is known; its failure must not turn a done write into an error.
    await context
      .afterSuccess?.(db, type)
      .catch((error: unknown) => console.error('Crosstally: bookkeeping after', type, 'failed', error));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof StoreError) return failure(error.code, error.key, error.params, error.reasons);
    console.error('Crosstally: request failed', type, error);
    return failure('internal', 'error.internal');
  }
}
