/**
 * THE message protocol between content scripts, extension pages and the background: every
 * request and its response type, and the client helper that sends them.
 *
 * Content scripts import this file, so it imports types only from the store (no Dexie, no zod at
 * run time); the background validates requests with the schemas in request-schema.ts, which are
 * checked against these types at compile time.
 */
import { browser } from 'wxt/browser';
import type { ClaimantRef, CoverageResult, Figure } from '../engine/types';
import { MAX_FIGURE_ID_CHARS } from '../limits';
import type { ClaimPack } from '../store/claim-pack';
import type { StoreErrorCode } from '../store/errors';
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
} from '../store/manager/types';
import type {
  CheckTextResult,
  Claim,
  ClaimChanges,
  ClaimDraft,
  ConflictPolicy,
  ExportFilter,
  ImportPreview,
  ImportResult,
  PageFigure,
  ReportsForFigure,
  SearchFilters,
  SearchResult,
  SeedDocument,
  SeedResult,
  Source,
  SourceDraft,
  StorageEstimate,
  StoreCounts,
} from '../store/types';
import type { PopupFigure, TabStatus } from './tab-view';

/** What a content script sends of a page: its article text and what identifies the page. */
export interface PageText {
  /** At most MAX_PAGE_TEXT_CHARS (utils/limits.ts): longer articles come in slices. */
  text: string;
  title?: string;
  url?: string;
  lang?: string;
  /** The page's publication day (YYYY-MM-DD) from its metadata: a figure with no time cue counts it. */
  publishedDate?: string | null;
  /** A later slice of an article whose first slice was coverage (engine/analyze.ts). */
  continued?: true;
}

export interface PageAnalysis {
  coverage: CoverageResult;
  /** Empty when the page is not coverage. */
  figures: Figure[];
  /** Stored claims per metric of the page's figures (metrics with none are absent). */
  reportCounts: Record<string, number>;
  /** Human labels of the figures' metrics ("helicopters shot down"). */
  metricLabels: Record<string, string>;
  /** The stored source whose reports are this page's own sentences (a seed article, a saved page), or null. */
  pageSourceId: string | null;
}

/** A selection in the text around it (its block), so a figure's claimant comes from its own sentence. */
export interface CheckContext {
  text: string;
  /** Offsets of the selection in `text`. */
  selectionStart: number;
  selectionEnd: number;
}

/** checkText's answer. With a context, figure offsets are offsets in the context's text. */
export interface SelectionCheck extends CheckTextResult {
  /** The plain numbers of the selection itself; empty when it holds none. */
  numbers: number[];
  /** The sentence holding the selection (in the same offsets as the figures), when one is found. */
  sentence: { text: string; start: number } | null;
  /** Every metric and claimant the reader may choose from, labelled. */
  metrics: { id: string; label: string }[];
  claimants: ClaimantRef[];
}

/** The reader's claims saved from one page, for re-anchoring them when it is opened again. */
export interface PageClaims {
  claims: Claim[];
  metricLabels: Record<string, string>;
  /** Stored claims per metric of these claims. */
  reportCounts: Record<string, number>;
}

// Biome prefers Record<string, never> over {}, which would not intersect with { type }.
type NoFields = Record<never, never>;

/** A claim pack sent with a request: its text, or (exactly one of the two) the id of an upload holding it. */
export interface PackRef {
  text?: string;
  uploadId?: string;
}

/**
 * Requests a content script may send. It runs in a web page, so the background treats it as
 * hostile: it may read, save what the user chose, and open the reader — nothing else.
 */
export interface PageRequestMap {
  /** Reports of other outlets for a figure seen on a page. */
  getReports: { request: { figure: PageFigure }; response: ReportsForFigure };
  /** A selected text through the engine, with reports (or candidates when no metric is recognised). */
  checkText: { request: { text: string; context?: CheckContext }; response: SelectionCheck };
  /** The reader's claims whose source is this URL (the page's canonical URL). Read-only. */
  claimsForPage: { request: { url: string }; response: PageClaims };
  /**
   * A page's article text (already past the cheap coverage test in the page) through the engine:
   * its coverage score, its figures and how many stored reports each of their metrics has. The
   * engine runs here, not in every page, which keeps the content script small.
   */
  analyzePage: { request: { page: PageText }; response: PageAnalysis };
  /** Saves a figure the user chose on a page (origin user). */
  saveClaim: { request: { claim: ClaimDraft; source: SourceDraft }; response: Claim };
  /**
   * Opens the reader page at a stored claim in a new tab. The background builds the URL, so a web
   * page can open only our reader, and the reader need not be web-accessible (which would let
   * pages detect the extension).
   */
  openReader: { request: { sourceId: string; claimId: string }; response: { opened: true } };
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
  importApply: { request: PackRef & { onConflict: ConflictPolicy }; response: ImportResult };
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
}

/** Every request to the background: its fields (besides `type`) and the data of a successful response. */
export interface RequestMap extends PageRequestMap, ExtensionPageRequestMap {}

export type RequestType = keyof RequestMap;
export type PageRequestType = keyof PageRequestMap;
export type ExtensionPageRequestType = keyof ExtensionPageRequestMap;
export type RequestOf<T extends RequestType> = { type: T } & RequestMap[T]['request'];
export type ResponseData<T extends RequestType> = RequestMap[T]['response'];
/** Any request, as a union discriminated on `type`. */
export type AnyRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

/**
 * Who sends a request in the product: 'product' (the extension's own code sends it) or 'bench'
 * (only tests and `npm run bench` send it, to measure or count the store; nothing in the
 * extension may rely on it). tests/utils/messaging/request-senders.test.ts keeps this true.
 */
export type RequestUse = 'product' | 'bench';

/** The page map's types as data: `satisfies` makes the keys exactly those of PageRequestMap. */
export const PAGE_REQUESTS = {
  getReports: 'product',
  checkText: 'product',
  claimsForPage: 'product',
  analyzePage: 'product',
  saveClaim: 'product',
  openReader: 'product',
} as const satisfies Record<PageRequestType, RequestUse>;

/** The extension pages' map as data, exactly its keys. */
export const EXTENSION_PAGE_REQUESTS = {
  updateClaim: 'product',
  counts: 'bench',
  search: 'bench',
  importUpload: 'product',
  importPreview: 'product',
  importApply: 'product',
  exportPack: 'product',
  resetToSeed: 'product',
  storageEstimate: 'product',
  getSeedDocument: 'product',
  listClaims: 'product',
  listClaimIds: 'product',
  claimFacets: 'product',
  metricSpreads: 'product',
  listSources: 'product',
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
} as const satisfies Record<ExtensionPageRequestType, RequestUse>;

// A request in both maps would be allowed to pages by accident of order: the maps must not share a key.
type SharedKeys = PageRequestType & ExtensionPageRequestType;
const noSharedKeys: [SharedKeys] extends [never] ? true : false = true;
void noSharedKeys;

function keysOf<T extends string>(map: Record<T, RequestUse>): ReadonlySet<T> {
  return new Set(Object.keys(map) as T[]);
}

/** What a content script (running in a web page) may ask, derived from PageRequestMap. */
export const PAGE_REQUEST_TYPES: ReadonlySet<RequestType> = keysOf(PAGE_REQUESTS);
/** Every request the background answers (to extension pages; pages only PAGE_REQUEST_TYPES). */
export const REQUEST_TYPES: ReadonlySet<RequestType> = new Set([
  ...PAGE_REQUEST_TYPES,
  ...keysOf(EXTENSION_PAGE_REQUESTS),
]);

export type ErrorCode =
  | StoreErrorCode
  /** The sender may not ask this (another extension, or a web page asking for a privileged request). */
  | 'forbidden'
  /** The request does not match the protocol. */
  | 'bad-request'
  /** The background failed unexpectedly. */
  | 'internal'
  /** The background could not be reached or did not answer. */
  | 'unreachable';

export interface ProtocolError {
  code: ErrorCode;
  /** A sentence for the user. */
  message: string;
  /** Bad fields, each with its path ("claims[3].value: expected number"). */
  issues?: string[];
}

export type Failure = { ok: false; error: ProtocolError };
export type Response<T extends RequestType> = { ok: true; data: ResponseData<T> } | Failure;
export type AnyResponse = { ok: true; data: ResponseData<RequestType> } | Failure;

export function failure(code: ErrorCode, message: string, issues?: string[]): Failure {
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}

function isResponse(value: unknown): value is AnyResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { ok } = value as { ok?: unknown };
  return ok === true ? 'data' in value : ok === false && 'error' in value;
}

/** sendRequest's shape, so callers can take a fake background in tests. */
export type SendRequest = <T extends RequestType>(request: RequestOf<T>) => Promise<Response<T>>;

/**
 * Sends a request to the background and returns its typed response. Never throws: a background
 * that cannot be reached comes back as { ok: false, error: { code: 'unreachable' } }.
 */
export async function sendRequest<T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (isResponse(reply)) return reply as Response<T>;
    return failure('unreachable', 'Crosstally’s background did not answer. Try reloading the page.');
  } catch {
    return failure('unreachable', 'Crosstally’s background could not be reached. Try reloading the page.');
  }
}

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

// ---------------------------------------------------------------------------------------------
// Tab requests: the extension's own pages and the background -> the content script of a tab
// (browser.tabs.sendMessage): the popup asks for the page's status, the manager for its article,
// the background to check the selection. A separate channel: the background never sees these,
// and the content script answers only this extension's own pages (utils/content/popup-listener.ts).
// ---------------------------------------------------------------------------------------------

/** What the content script of a tab tells the toolbar popup. */
export interface PageStatus {
  /** The page's hostname, for the site switch: the popup holds no permission to read tab URLs. */
  hostname: string;
  status: TabStatus;
  /** Figures marked on the page, in reading order. */
  figures: PopupFigure[];
  /** Claims the reader saved from this page that are no longer found on it. */
  notFound?: NotFoundClaim[];
}

/** A saved claim missing from its page: listed in the popup, never placed by guess. */
export interface NotFoundClaim {
  id: string;
  /** The figure as saved ("two helicopters"). */
  text: string;
  metricLabel: string;
}

/** What a "Check this figure" request found; the overlay says the rest. */
export type CheckAnswer =
  | 'figure'
  | 'no-metric'
  | 'no-number'
  | 'too-long'
  | 'frame'
  | 'password'
  | 'no-selection'
  | 'error';

/**
 * A tab's article as its content script reads it (the same visible text marking reads), with what
 * the page says about itself as a source: for the manager's "Add an article". Untrusted page text.
 */
export interface ArticleSnapshot {
  /** The article's visible text, at most MAX_ARTICLE_CHARS (utils/limits.ts). */
  text: string;
  /** True when the article is longer than that: `text` holds only its start. */
  truncated: boolean;
  /** The headline-like title (og:title, else the document title). */
  title: string;
  /** The page's address. */
  url: string;
  /** The page's BCP 47 language tag, when it says. */
  lang?: string;
  /** The publisher: the JSON-LD publisher, og:site_name, else the site's host name. */
  outlet: string;
  /** The page's canonical URL (same site only), else its address without the hash. */
  canonicalUrl: string;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedDate: string | null;
}

/**
 * getArticle's answer. `stopped`: the content script is being torn down (the extension was
 * reloaded); `error`: reading the page failed.
 */
export type ArticleAnswer = { article: ArticleSnapshot } | { article: null; reason: 'stopped' | 'error' };

export interface TabRequestMap {
  getPageStatus: { request: NoFields; response: PageStatus };
  /** Scrolls to a marked figure and opens its overlay; false when the figure is gone. */
  showFigure: { request: { id: string }; response: { shown: boolean } };
  /**
   * Checks the page's selection and opens the overlay at it (the context menu and the keyboard
   * shortcut, through the background). `frame: 'embedded'`: the selection is in an embedded frame,
   * where the content script does not run.
   */
  checkSelection: { request: { frame?: 'embedded' }; response: { answer: CheckAnswer } };
  /** The tab's article and its source metadata, for the manager's "Add an article". Read-only. */
  getArticle: { request: NoFields; response: ArticleAnswer };
}

export type TabRequestType = keyof TabRequestMap;
export type TabRequestOf<T extends TabRequestType> = { type: T } & TabRequestMap[T]['request'];
export type AnyTabRequest = { [T in TabRequestType]: TabRequestOf<T> }[TabRequestType];

/** The tab map as data, exactly its keys (see RequestUse). */
export const TAB_REQUESTS = {
  getPageStatus: 'product',
  showFigure: 'product',
  checkSelection: 'product',
  getArticle: 'product',
} as const satisfies Record<TabRequestType, RequestUse>;

/** What a content script answers, derived from TabRequestMap. */
export const TAB_REQUEST_TYPES: ReadonlySet<TabRequestType> = keysOf(TAB_REQUESTS);

/** The request a message holds, or null for anything else. The content script trusts nothing unchecked. */
export function parseTabRequest(message: unknown): AnyTabRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, id } = message as { type?: unknown; id?: unknown };
  if (typeof type !== 'string' || !TAB_REQUEST_TYPES.has(type as TabRequestType)) return null;
  if (type === 'getPageStatus' || type === 'getArticle') return { type };
  if (type === 'showFigure' && typeof id === 'string' && id.length <= MAX_FIGURE_ID_CHARS)
    return { type, id };
  if (type === 'checkSelection') {
    const { frame } = message as { frame?: unknown };
    return frame === 'embedded' ? { type, frame } : { type };
  }
  return null;
}

/** Asks the content script of tab `tabId`; null when none answers (not an http(s) page, or not loaded yet). */
export async function sendToTab<T extends TabRequestType>(
  tabId: number,
  request: TabRequestOf<T>,
): Promise<TabRequestMap[T]['response'] | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request);
    return reply === undefined || reply === null ? null : (reply as TabRequestMap[T]['response']);
  } catch {
    return null;
  }
}
