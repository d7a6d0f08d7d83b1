/**
 * What the overlay is told of a page figure: the reports of the same metric grouped by value and
 * claimant, compared only within the figure's period, other periods apart, a running total's series.
 */
import type { TextQuoteSelector } from '../../anchoring/text-quote';
import type { Period } from '../../engine/period';
import type { ClaimantRef, Qualifier, Side } from '../../engine/types';
import type { ClaimOrigin, FigureHistoryEntry, SourceKind } from '../types';

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
  period: Period | null;
  origin: ClaimOrigin;
  /** The subscribed pack the report came from (its title), when it came from one. */
  pack?: string;
  /** Reports from read articles: when the reader read the page, and what it said before. */
  readAt?: number;
  history?: FigureHistoryEntry[];
}

/** Reports of one claimant for one value. */
export interface ClaimantReports {
  claimant: ClaimantRef | null;
  reports: Report[];
  /** How many reports this claimant has for the value; `reports` may hold fewer (capped). */
  total?: number;
}

/** Reports that give the same value (and qualifier family) for a metric. */
export interface ValueGroup {
  value: number | null;
  qualifier: Qualifier;
  /** Agreement with the page's figure; 'unknown' when there is no page figure. */
  agreement: Agreement;
  claimants: ClaimantReports[];
  /** For vague groups (value null): the folded vague word ("dozens"), so "dozens" and "hundreds" stay apart. */
  vagueTerm?: string;
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
  /** The figure's text on the page ("dozens of helicopters"): gives vague figures a range for agreement. */
  text?: string;
  /** The period the page's figure counts; null or absent when unknown (then nothing is compared). */
  period?: Period | null;
}

export interface ReportsSummary {
  distinctValues: number;
  claimants: number;
  outlets: number;
  /** Every listed report, of every period. */
  reports: number;
  /** Distinct values ascending, null (vague) last. */
  values: (number | null)[];
  /** Whether every report of the page figure's period agrees with it; null when it cannot be told. */
  pageAgrees: boolean | null;
}

/** Reports of a period other than the page figure's: listed apart, never compared with it. */
export interface PeriodSection {
  /** The period these reports count; null when unknown. */
  period: Period | null;
  /** Grouped by value like the compared ones; every agreement is 'unknown'. */
  groups: ValueGroup[];
  reports: number;
}

/** One tally of a running total: a value the claimant gave up to a day. */
export interface SeriesPoint {
  period: Period;
  /** The day the tally runs to (its period's end), YYYY-MM-DD. */
  end: string;
  value: number | null;
  qualifier: Qualifier;
  /** How many stored reports carry this tally. */
  reports: number;
}

/** A claimant's running tally over time, ordered by end day. */
export interface ClaimantSeries {
  claimant: ClaimantRef | null;
  points: SeriesPoint[];
}

export interface ReportsForFigure {
  metric: { id: string; label: string };
  /** The page figure's period; null when unknown (then `groups` is empty and nothing is compared). */
  period: Period | null;
  /** Reports of the page figure's period, compared with it. */
  groups: ValueGroup[];
  /** Reports of other periods (unknown last), one section per period. */
  otherPeriods: PeriodSection[];
  /**
   * When the page figure is a running total: each claimant's tallies of the same series (same
   * start day), the page's own period included. Empty otherwise.
   */
  series: ClaimantSeries[];
  summary: ReportsSummary;
}
