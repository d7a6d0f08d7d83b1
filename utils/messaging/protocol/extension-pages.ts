/**
 * Requests only the extension's own pages (manager, popup, reader) may send to the background,
 * and the background's store-change announcements back to them.
 */
import type { Side } from '../../engine/types';
import type { ClaimPack } from '../../store/claim-pack/schema';
import type { ImportProgressState } from '../../store/import-export';
import type { ForgetResult, KeepDays, LedgerCounts, LedgerSettings } from '../../store/ledger/types';
import type { MetricTimeline } from '../../store/manager/timeline';
import type {
  ArticleDraft,
  ArticleSaved,
  ClaimFacets,
  ClaimListPage,
  ClaimQuery,
  DeleteResult,
  KeptOrigin,
  ManualClaimDraft,
  MetricSpread,
  SourceInput,
  SourceSummary,
  UndoResult,
  VersionedClaim,
} from '../../store/manager/types';
import type {
  RefreshOutcome,
  Subscription,
  SubscriptionPreview,
  UnsubscribeResult,
} from '../../store/published/subscription';
import type {
  Claim,
  ClaimChanges,
  ConflictPolicy,
  ExportFilter,
  ImportPreview,
  ImportResult,
  SearchFilters,
  SearchResult,
  SeedDocument,
  SeedResult,
  Source,
  StorageEstimate,
  StoreCounts,
} from '../../store/types';
import type { NoFields, RequestUse } from './shared';

/** A claim pack sent with a request: its text, or (exactly one of the two) the id of an upload holding it. */
export interface PackRef {
  text?: string;
  uploadId?: string;
}

/**
 * Requests only the extension's own pages may send (the manager/options page, the toolbar popup,
 * the reader): edits, deletes, imports, exports and resets. The background refuses them from
 * content scripts, judging the sender by the URL the browser sets.
 */
export interface ExtensionPageRequestMap {
  /**
   * Claims matching a quote or outlet. Bench and tests only: no product code sends it, and no web
   * page may (fewest permissions: a page has no use for the whole store's search).
   */
  search: { request: { query: string; filters?: SearchFilters }; response: SearchResult };
  /**
   * Changes the fields in `changes` (only those the reader changed) of a claim read at
   * `baseVersion`; refused ('conflict', nothing written) when another tab changed it since.
   * To overwrite knowingly, send the same changes with the version the conflict showed.
   */
  updateClaim: {
    request: { id: string; baseVersion: number; changes: ClaimChanges };
    response: VersionedClaim;
  };
  /** Bench and tests only: no product code sends it (see EXTENSION_PAGE_REQUESTS). */
  counts: { request: NoFields; response: StoreCounts };
  /** Part `index` of `count` of a pack file's text, for files larger than one message. */
  importUpload: {
    request: { uploadId: string; index: number; count: number; text: string };
    response: { chars: number };
  };
  /** The pack: its `text` (read by the page), or the `uploadId` of its text sent in parts. */
  importPreview: { request: PackRef; response: ImportPreview };
  /**
   * Imports the pack. With `progressId` (chosen by the page), importProgress and importCancel
   * can follow and stop this import while it runs.
   */
  importApply: {
    request: PackRef & { onConflict: ConflictPolicy; progressId?: string };
    response: ImportResult;
  };
  /** How far the import started with this progressId is; null when none runs under it. */
  importProgress: { request: { progressId: string }; response: ImportProgressState | null };
  /**
   * Stops the import started with this progressId: its importApply then fails with 'cancelled' and
   * the store is as before. `cancelled` is false when no import runs under the id (it ended).
   */
  importCancel: { request: { progressId: string }; response: { cancelled: boolean } };
  exportPack: { request: { filter?: ExportFilter }; response: ClaimPack };
  /**
   * Empties the store and writes the bundled seed afresh (user claims included: confirm first).
   * `keep` names origins whose claims (with their sources and texts) survive; `kept` counts them.
   */
  resetToSeed: { request: { keep?: KeptOrigin[] }; response: SeedResult & { kept?: number } };
  storageEstimate: { request: NoFields; response: StorageEstimate };
  /** A source with its text and claims, for the reader page. */
  getSeedDocument: { request: { sourceId: string }; response: SeedDocument };

  // The manager page (utils/store/manager/*).
  /** A page of the claims matching a query, grouped by metric, with the groups of the whole result. */
  listClaims: { request: { query: ClaimQuery; offset: number; limit: number }; response: ClaimListPage };
  /** The ids of a query's claims in list order (to select a range or all of them). */
  listClaimIds: {
    request: { query: ClaimQuery; offset?: number; limit?: number };
    response: { ids: string[] };
  };
  claimFacets: { request: NoFields; response: ClaimFacets };
  /** Values by claimant for each metric of a query's result. */
  metricSpreads: { request: { query: ClaimQuery }; response: MetricSpread[] };
  listSources: { request: NoFields; response: SourceSummary[] };
  /** A metric's claims (of one side, when given) by claimant, placed by the period they count. */
  metricTimeline: { request: { metric: string; side?: Side }; response: MetricTimeline };
  /** Claims per source, for the sources on screen (at most 500). */
  sourceClaimCounts: { request: { sourceIds: string[] }; response: Record<string, number> };
  /** A claim typed in by the reader (origin user). */
  addClaim: { request: { claim: ManualClaimDraft }; response: Claim };
  /** A claim as stored now, with its version; null when it is not in the store. */
  getClaim: { request: { id: string }; response: VersionedClaim | null };
  /** Puts a claim back as it was before an edit (undo), if it is still at the `version` the edit left. */
  restoreClaim: { request: { claim: Claim; version: number }; response: VersionedClaim };
  /**
   * Deletes claims; the token undoes it with undoDelete. With `versions` (parallel to `ids`: undo
   * of an add), refused when a claim is at another version.
   */
  deleteClaims: { request: { ids: string[]; versions?: number[] }; response: DeleteResult };
  /** Deletes a source with its claims and text; undoable like deleteClaims. */
  deleteSource: { request: { sourceId: string }; response: DeleteResult };
  undoDelete: { request: { token: string }; response: UndoResult };
  /** Creates a source (no id) or changes one. */
  saveSource: { request: { source: SourceInput }; response: Source };
  /** A pasted article as a source with its text and reviewed figures, in one transaction. */
  saveArticle: { request: { article: ArticleDraft }; response: ArticleSaved };
  /** The claims of a query or of a selection as a claim pack. */
  exportClaims: { request: { query?: ClaimQuery; ids?: string[] }; response: ClaimPack };

  // Pack subscriptions (utils/background/subscriptions/*): published packs on static hosts.
  packSubscriptions: { request: NoFields; response: Subscription[] };
  /** Fetches and checks a pack without storing anything: what the reader confirms. */
  previewPackSubscription: { request: { url: string; publicKey?: string }; response: SubscriptionPreview };
  subscribePack: { request: { url: string; publicKey?: string }; response: Subscription };
  refreshPackSubscription: { request: { id: string }; response: RefreshOutcome };
  /** Trusts the new key a refresh found, then refreshes. */
  acceptPackKey: { request: { id: string }; response: RefreshOutcome };
  setPackRefreshInterval: { request: { id: string; hours: number }; response: Subscription };
  unsubscribePack: { request: { id: string }; response: UnsubscribeResult };

  // Reading ledger (utils/background/ledger-requests.ts): the popup's and the manager's controls.
  /** The reader's ledger settings and what the ledger holds. */
  ledgerSettings: { request: NoFields; response: LedgerOverview };
  /** Changes the consent, the expiry or one site's exclusion; the background is the only writer. */
  updateLedgerSettings: {
    request: { consent?: boolean; keepDays?: KeepDays | null; site?: { name: string; excluded: boolean } };
    response: LedgerOverview;
  };
  /** Forgets every article read on a site (a site name, "example.com"). */
  forgetReadSite: { request: { site: string }; response: ForgetResult };
  forgetAllRead: { request: NoFields; response: ForgetResult };
}

/** The ledger's settings with what it holds, for the popup and the manager. */
export interface LedgerOverview extends LedgerSettings, LedgerCounts {}

export type ExtensionPageRequestType = keyof ExtensionPageRequestMap;

/** The extension pages' map as data, exactly its keys. */
export const EXTENSION_PAGE_REQUESTS = {
  updateClaim: 'product',
  counts: 'bench',
  search: 'bench',
  importUpload: 'product',
  importPreview: 'product',
  importApply: 'product',
  importProgress: 'product',
  importCancel: 'product',
  exportPack: 'product',
  resetToSeed: 'product',
  storageEstimate: 'product',
  getSeedDocument: 'product',
  listClaims: 'product',
  listClaimIds: 'product',
  claimFacets: 'product',
  metricSpreads: 'product',
  listSources: 'product',
  metricTimeline: 'product',
  sourceClaimCounts: 'product',
  addClaim: 'product',
  getClaim: 'product',
  restoreClaim: 'product',
  deleteClaims: 'product',
  deleteSource: 'product',
  undoDelete: 'product',
  saveSource: 'product',
  saveArticle: 'product',
  exportClaims: 'product',
  packSubscriptions: 'product',
  previewPackSubscription: 'product',
  subscribePack: 'product',
  refreshPackSubscription: 'product',
  acceptPackKey: 'product',
  setPackRefreshInterval: 'product',
  unsubscribePack: 'product',
  // Reading ledger
  ledgerSettings: 'product',
  updateLedgerSettings: 'product',
  forgetReadSite: 'product',
  forgetAllRead: 'product',
} as const satisfies Record<ExtensionPageRequestType, RequestUse>;

/**
 * Requests an extension page posts to the extension's service worker itself, where it has one
 * (Chromium): a file's text, megabytes that runtime messaging would send as JSON. The worker takes
 * these types only, and only from its own extension's pages (utils/background/listener.ts).
 */
export const WORKER_POSTED_REQUESTS = ['importUpload'] as const satisfies readonly ExtensionPageRequestType[];

// ---------------------------------------------------------------------------------------------
// Background -> open extension pages: the store changed. Posted on a BroadcastChannel of the
// extension's own origin (web pages and content scripts cannot post to it), so open manager tabs
// refresh their lists and counts after another tab's write, an import or a reset.
// ---------------------------------------------------------------------------------------------

export const STORE_CHANGES_CHANNEL = 'crosstally:store-changes';

/** One announcement; several writes in quick succession make one. */
export interface StoreChanged {
  type: 'storeChanged';
  /** Counts announcements since the background started (tells repeats apart, nothing more). */
  sequence: number;
}

export function isStoreChanged(data: unknown): data is StoreChanged {
  if (typeof data !== 'object' || data === null) return false;
  const { type, sequence } = data as { type?: unknown; sequence?: unknown };
  return type === 'storeChanged' && typeof sequence === 'number';
}
