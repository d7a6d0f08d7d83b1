/**
 * Types of the manager page's requests: listing claims by filters with paging, facets for the
 * filter controls, the spread of values per metric, bulk deletes with undo, sources and articles.
 * Pure types (no Dexie), shared by the background and the manager page as plain message data.
 */
import type { ClaimantRef, Party, Qualifier, Side } from '../../engine/types';
import type { PeriodFilter } from '../period-filter';
import type { Claim, ClaimOrigin, Source, SourceKind } from '../types';

/** How claims are ordered inside their metric group (groups follow the topic pack's metric order). */
export type ClaimSort = 'value-asc' | 'value-desc' | 'claimant' | 'source';

/** The filters of the claim list. Absent fields do not filter. */
export interface ClaimQuery {
  /** Words that must all occur (as word prefixes, diacritics folded) in the quote, claimant or note. */
  text?: string;
  metric?: string;
  /** Party of the claimant; claims naming no claimant never match a party. */
  party?: Party;
  /** A claimant id; null keeps only claims that name no claimant. */
  claimantId?: string | null;
  /** An outlet as stored on sources; null keeps only sources that name no outlet. */
  outlet?: string | null;
  sourceId?: string;
  origin?: ClaimOrigin;
  /** Inclusive bounds; a range leaves out claims without a number (vague ones). */
  valueMin?: number;
  valueMax?: number;
  /** The period the claims count: a range of days, an era, or unknown (store/period-filter.ts). */
  period?: PeriodFilter;
  sort?: ClaimSort;
}

/** The version of a claim when first written (a claim the reader adds has it); each write adds one. */
export const FIRST_VERSION = 1;

/** A claim with its version in the store: an edit or undo names the version it started from. */
export interface VersionedClaim {
  claim: Claim;
  /** 1 when first written; every write adds one. */
  version: number;
}

/** A claim as listed: with who published it (never the claimant) and whether the reader can show it. */
export interface ClaimListItem {
  claim: Claim;
  /** The claim's version, for editing it (see VersionedClaim). */
  version: number;
  sourceLabel: string;
  outlet: string | null;
  sourceKind: SourceKind | null;
  /** Whether the store holds the source's text, so the reader page can open it with figures marked. */
  sourceHasText: boolean;
}

export interface ClaimGroupInfo {
  metric: string;
  label: string;
  /** Claims of this metric matching the query. */
  count: number;
}

export interface ClaimListPage {
  /** Every match, before paging. */
  total: number;
  /** The groups of the whole result, in list order; their counts add up to `total`. */
  groups: ClaimGroupInfo[];
  offset: number;
  /** The claims at `offset`, in list order (across group boundaries). */
  items: ClaimListItem[];
}

/** One dot of the spread chart: what one claimant says for a metric, and how many reports say it. */
export interface SpreadPoint {
  /** null for vague figures ("dozens"). */
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  /** null when the reports name no claimant. */
  claimantId: string | null;
  count: number;
}

export interface MetricSpread {
  metric: string;
  label: string;
  /** Claims of the metric matching the query. */
  count: number;
  claimants: ClaimantRef[];
  points: SpreadPoint[];
  /** True when points were dropped to keep the chart small (the counts stay exact). */
  truncated: boolean;
}

export interface FacetCount {
  id: string;
  label: string;
  count: number;
}

export interface ClaimFacets {
  total: number;
  metrics: FacetCount[];
  claimants: (ClaimantRef & { count: number })[];
  /** Outlets named by sources, with how many sources name each; `unnamed` sources name none. */
  outlets: { outlet: string; sources: number }[];
  unnamedOutletSources: number;
  /** Claims that name no claimant. */
  unattributed: number;
  origins: Record<ClaimOrigin, number>;
  sources: number;
  /** Deleted seed and imported claims that reseeding and imports keep deleted. */
  tombstones: number;
  /** The topic pack's eras, for the period filter (topic pack `eras[]`). */
  eras: { id: string; label: string; period: string }[];
}

export interface SourceSummary {
  source: Source;
  hasText: boolean;
}

/** A source as created or edited on the manager page; a new one has no id yet. */
export interface SourceInput {
  id?: string;
  label: string;
  outlet: string | null;
  url: string | null;
  language: string;
  publishedDate: string | null;
  /** Seed sources keep their kind; others are 'web' or 'import'. */
  kind: 'web' | 'import';
}

/** A claim typed in by the reader: its figure is found in the quote by its text. */
export interface ManualClaimDraft {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  sourceId: string;
  quote: string;
  /** The words of the quote that state the figure ("two helicopters"). */
  figureText: string;
  period: string | null;
  note?: string;
}

/** One figure of a pasted article, as reviewed by the reader. Offsets index the article's text. */
export interface ArticleClaimDraft {
  metric: string;
  value: number | null;
  qualifier: Qualifier;
  side: Side;
  claimant: ClaimantRef | null;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The period the engine read (utils/engine/period.ts), or the reader's. */
  period: string | null;
}

export interface ArticleDraft {
  source: Omit<SourceInput, 'id'>;
  text: string;
  claims: ArticleClaimDraft[];
}

export interface ArticleSaved {
  source: Source;
  claims: number;
}

export interface DeleteResult {
  deleted: number;
  /** Hands the deleted rows back with undoDelete; null when they could not be kept (storage full). */
  undoToken: string | null;
}

export interface UndoResult {
  claims: number;
  sources: number;
  /**
   * Deleted claims not put back because the store holds them again (another tab or an import
   * added them since): what is stored now is kept.
   */
  alreadyBack: number;
  /** Deleted claims not put back because their source was deleted since (in another tab). */
  sourceGone: number;
}

/** Which of the reader's own claims a reset to the seed keeps. */
export type KeptOrigin = Extract<ClaimOrigin, 'user' | 'import'>;
