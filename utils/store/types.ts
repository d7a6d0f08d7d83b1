/**
 * Types of the claim store, shared by the background, extension pages and
 * (as plain data over messages) the content script. No Dexie import here.
 */

import type { TextQuoteSelector } from '../anchoring/text-quote';
import type { Period } from '../engine/period';
import type { ClaimantRef, Figure, Qualifier, Side } from '../engine/types';
import type { Report, ReportsForFigure } from './reports/types';

/** 'read': a coverage page the reader read with the reading ledger on (utils/store/ledger/). */
export type SourceKind = 'seed' | 'web' | 'import' | 'read';
export type ClaimOrigin = 'seed' | 'user' | 'import' | 'read';
/** Every origin, in the order lists and counts show them (the one list of them). */
export const CLAIM_ORIGINS: readonly ClaimOrigin[] = ['seed', 'user', 'import', 'read'];

/** What a read article said of a figure before the outlet changed it ("said 16 on 28 Sep"). */
export interface FigureHistoryEntry {
  value: number | null;
  qualifier: Qualifier;
  /** When the reader's page said it (ms since the epoch). */
  seenAt: number;
}

export type { TextQuoteSelector } from '../anchoring/text-quote';

export interface SourceSegment {
  /** Headline or first words of the segment. */
  title: string;
  start: number;
  end: number;
}

/** Who reported: an article (seed document, web page or imported). */
export interface Source {
  id: string;
  /** Honest human label ("English repost, outlet not named"). */
  label: string;
  /** The publisher, when known; never a claimant. */
  outlet: string | null;
  url: string | null;
  language: string;
  /** ISO date (YYYY-MM-DD) or null. */
  publishedDate: string | null;
  kind: SourceKind;
  segments: SourceSegment[];
  /** Read articles: when the reader last read the page (ms since the epoch). */
  readAt?: number;
}

/** One figure as reported by one source. */
export interface Claim {
  id: string;
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  sourceId: string;
  /** The sentence that holds the figure. */
  quote: string;
  /** Offsets of the figure's text inside `quote`, for emphasis. */
  quoteFigureStart: number;
  quoteFigureEnd: number;
  /** Anchors the figure's text in the source. */
  selector: TextQuoteSelector;
  /** Offsets of the figure in the source's text. */
  start: number;
  end: number;
  /**
   * The period the figure counts, in ISO 8601 notation (utils/engine/period.ts): a day, a month,
   * a range, a running total "so far" (its start to the day it was reported) or an era; null when
   * unknown. Reports are compared only within one period (reports/groups.ts).
   */
  period: Period | null;
  origin: ClaimOrigin;
  createdAt: number;
  updatedAt: number;
  note?: string;
  /**
   * When the user last changed a claim that came from the seed or an import. Reseeding and
   * imports never overwrite an edited claim.
   */
  editedAt?: number;
  /** Read figures: the values the article gave before its current one, oldest first. */
  history?: FigureHistoryEntry[];
}

export type {
  Agreement,
  ClaimantReports,
  ClaimantSeries,
  PageFigure,
  PeriodSection,
  Report,
  ReportsForFigure,
  ReportsSummary,
  SeriesPoint,
  ValueGroup,
} from './reports/types';

/** The full text of a source, when the store holds it (seed documents, packs that carry texts). */
export interface SourceDocument {
  sourceId: string;
  text: string;
}

/** A source with its text and claims, for the reader page. */
export interface SeedDocument {
  source: Source;
  text: string | null;
  claims: Claim[];
}

/** What a user may set when saving a claim from a page; the store fills id, origin and times. */
export type ClaimDraft = Omit<Claim, 'id' | 'origin' | 'createdAt' | 'updatedAt' | 'editedAt'>;

/** A page's source as sent with a saved claim; the store sets its kind. */
export type SourceDraft = Omit<Source, 'kind' | 'segments'> & { segments?: SourceSegment[] };

/** The fields a user may change on a stored claim. */
export type ClaimChanges = Partial<
  Pick<Claim, 'metric' | 'value' | 'qualifier' | 'side' | 'claimant' | 'period' | 'note'>
>;

export interface SearchFilters {
  metric?: string;
  origin?: ClaimOrigin;
  sourceId?: string;
  claimantId?: string;
  /** Page size; defaults to 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  /** Every match, before paging (a lower bound when `complete` is false). */
  total: number;
  /**
   * False when a word or filter matched so many claims that only the first ones were searched:
   * the listed matches are real, but there may be more. Narrow the search.
   */
  complete: boolean;
  reports: Report[];
}

export interface StoreCounts {
  claims: number;
  sources: number;
  byMetric: Record<string, number>;
  bySource: Record<string, number>;
  byOrigin: Record<ClaimOrigin, number>;
  /** Deleted seed or imported claims that reseeding and imports keep deleted. */
  tombstones: number;
}

/** A metric the selection may be about, when the engine recognised none. */
export interface MetricCandidate {
  metric: { id: string; label: string };
  /** 'value': the store holds the selection's number under this metric; 'noun': its counted noun occurs. */
  reasons: ('value' | 'noun')[];
  /** The number from the selection that matched, for 'value'. */
  value: number | null;
  /** Claims of this metric (with that value, for 'value'). */
  claims: number;
}

export interface CheckedFigure {
  figure: Figure;
  reports: ReportsForFigure;
}

export interface CheckTextResult {
  figures: CheckedFigure[];
  /** Filled only when no figure was recognised. */
  candidates: MetricCandidate[];
}

/** What to do when an imported claim meets a claim the user edited or deleted. */
export type ConflictPolicy = 'keep-mine' | 'take-theirs';

export interface ImportConflict {
  claimId: string;
  /** 'edited': the user changed it; 'deleted': the user deleted it; 'user': the user wrote it. */
  reason: 'edited' | 'deleted' | 'user';
}

export interface ImportPreview {
  generatedBy: string | null;
  createdAt: number;
  claims: { added: number; updated: number; unchanged: number; conflicting: number };
  sources: { added: number; updated: number; unchanged: number };
  documents: DocumentCounts;
  /** At most 200 listed; `claims.conflicting` has the full count. */
  conflicts: ImportConflict[];
}

/** Source texts an import adds or replaces; `kept`: seed texts the pack differs from, never replaced. */
export interface DocumentCounts {
  added: number;
  updated: number;
  unchanged: number;
  kept: number;
}

export interface ImportResult {
  claims: { added: number; updated: number; unchanged: number; kept: number; replaced: number };
  sources: { added: number; updated: number; unchanged: number };
  documents: DocumentCounts;
}

export interface ExportFilter {
  metric?: string;
  origin?: ClaimOrigin;
  sourceIds?: string[];
  claimantId?: string;
}

export interface StorageEstimate {
  /** Bytes used and available to the extension's origin; null when the browser does not say. */
  usage: number | null;
  quota: number | null;
}

export interface SeedResult {
  /** False when this seed version was already applied (nothing written). */
  applied: boolean;
  version: string;
  added: number;
  updated: number;
  /** Seed claims the user edited or deleted, left as they are. */
  keptUserChanges: number;
  /** Unedited seed claims no longer in the seed. */
  removed: number;
}
