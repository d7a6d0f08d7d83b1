/**
 * Types of the claim store, shared by the background, extension pages and
 * (as plain data over messages) the content script. No Dexie import here.
 */
import type { ClaimantRef, Qualifier, Side } from '../engine/types';

export type SourceKind = 'seed' | 'web' | 'import';
export type ClaimOrigin = 'seed' | 'user' | 'import';

/** Text-quote selector (W3C Web Annotation): robust anchoring of a quote in a page. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

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
  /** ISO date of the event the figure is about, when known. */
  eventDate: string | null;
  origin: ClaimOrigin;
  createdAt: number;
  updatedAt: number;
  note?: string;
}

/** How a stored report relates to the figure seen on the page. */
export type Agreement = 'same' | 'compatible' | 'differs' | 'unknown';

/** One report of a figure: a claim as carried by one source (outlet). */
export interface Report {
  claimId: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  sourceId: string;
  sourceLabel: string;
  sourceKind: SourceKind;
  /** The publisher; null when the source does not name it. */
  outlet: string | null;
  url: string | null;
  quote: string;
  quoteFigureStart: number;
  quoteFigureEnd: number;
  selector: TextQuoteSelector;
  eventDate: string | null;
  origin: ClaimOrigin;
}

/** Reports of one claimant for one value. */
export interface ClaimantReports {
  claimant: ClaimantRef | null;
  reports: Report[];
}

/** Reports that give the same value (and qualifier family) for a metric. */
export interface ValueGroup {
  value: number | null;
  qualifier: Qualifier;
  /** Agreement with the page's figure; 'unknown' when there is no page figure. */
  agreement: Agreement;
  claimants: ClaimantReports[];
}

/** The figure seen on the page, as sent with a reports query. */
export interface PageFigure {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  /** The page's own source id when the page is in the store (so it is not listed as "another outlet"). */
  sourceId?: string;
}

export interface ReportsSummary {
  distinctValues: number;
  claimants: number;
  outlets: number;
  reports: number;
  /** Distinct values ascending, null (vague) last. */
  values: (number | null)[];
  /** Whether every report agrees with the page figure; null without a page figure. */
  pageAgrees: boolean | null;
}

export interface ReportsForFigure {
  metric: { id: string; label: string };
  groups: ValueGroup[];
  summary: ReportsSummary;
}
