/**
 * Requests a content script (running in a web page, so hostile) may send to the background, and
 * the shapes of a page's text, its analysis and a checked selection they carry.
 */
import type { ClaimantRef, CoverageResult, Figure, Side } from '../../engine/types';
import type { LedgerSettings, ReadFigure, ReadPage, RecordOutcome } from '../../store/ledger/types';
import type {
  CheckTextResult,
  Claim,
  ClaimDraft,
  PageFigure,
  ReportsForFigure,
  SourceDraft,
} from '../../store/types';
import type { RequestUse } from './shared';

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

/**
 * Requests a content script may send. It runs in a web page, so the background treats it as
 * hostile: it may read, save what the user chose, and open the reader — nothing else.
 */
export interface PageRequestMap {
  /** Reports of other outlets for a figure seen on a page. */
  getReports: { request: { figure: PageFigure }; response: ReportsForFigure };
  /** A selected text through the engine, with reports (or candidates when no metric is recognised). */
  checkText: {
    /** `publishedDate`: the page's publication day (YYYY-MM-DD), against which relative words are read. */
    request: { text: string; context?: CheckContext; publishedDate?: string };
    response: SelectionCheck;
  };
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

  // Reading ledger (utils/background/ledger-requests.ts). The background decides from the sender
  // (its tab's `incognito`, set by the browser) and the reader's settings whether anything is kept.
  /**
   * A coverage page the content script read, with the figures the background's engine found on
   * it. Kept only with the reader's consent (or `save`: the reader asked from the popup), never
   * from a private window or an excluded site. `storedAs`: the stored source analyzePage said the
   * page is; a seed, saved or imported article is in the store already and is not kept twice.
   */
  recordReading: {
    request: { page: ReadPage; figures: ReadFigure[]; save?: true; storedAs?: string };
    response: RecordOutcome;
  };
  /** The reader's answer to the overlay's "keep the figures of pages you read?". */
  setLedgerConsent: { request: { consent: boolean }; response: LedgerSettings };
  /** The reader removed a read figure in the overlay: it stays removed on later visits. */
  forgetReadClaim: { request: { claimId: string }; response: { id: string } };
  /**
   * The reader corrected a read figure in the overlay (its value; whose losses, when given): it
   * stays corrected on later visits. Refused for a claim that is not a read figure.
   */
  correctReadClaim: {
    request: { claimId: string; value: number; side?: Side };
    response: { id: string; value: number | null; side: Side };
  };
}

export type PageRequestType = keyof PageRequestMap;

/** The page map's types as data: `satisfies` makes the keys exactly those of PageRequestMap. */
export const PAGE_REQUESTS = {
  getReports: 'product',
  checkText: 'product',
  claimsForPage: 'product',
  analyzePage: 'product',
  saveClaim: 'product',
  openReader: 'product',
  // Reading ledger
  recordReading: 'product',
  setLedgerConsent: 'product',
  forgetReadClaim: 'product',
  correctReadClaim: 'product',
} as const satisfies Record<PageRequestType, RequestUse>;
