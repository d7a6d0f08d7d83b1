/**
 * Grouping claims of one metric into reports: by value (and qualifier), then by claimant, each
 * with its outlets and quotes. Pure, so the store, the bench's in-memory peer and tests share it.
 */
import type { Qualifier } from '../engine/types';
import { agreement, type FigureValue, vagueTermOf } from './agreement';
import type {
  Claim,
  ClaimantReports,
  PageFigure,
  Report,
  ReportsForFigure,
  ReportsSummary,
  Source,
  ValueGroup,
} from './types';

export const DEFAULT_REPORTS_PER_CLAIMANT = 50;

const QUALIFIER_ORDER: Record<Qualifier, number> = {
  exact: 0,
  about: 1,
  at_least: 2,
  more_than: 3,
  up_to: 4,
  vague: 5,
};

/** A source that is no longer in the store still shows, honestly labelled. */
function missingSource(sourceId: string): Source {
  return { id: sourceId, label: 'Unknown source', outlet: null, url: null, language: 'und', publishedDate: null, kind: 'import', segments: [] };
}

export function toReport(claim: Claim, source: Source | undefined): Report {
  const from = source ?? missingSource(claim.sourceId);
  return {
    claimId: claim.id,
    value: claim.value,
    qualifier: claim.qualifier,
    side: claim.side,
    claimant: claim.claimant,
    sourceId: claim.sourceId,
    sourceLabel: from.label,
    sourceKind: from.kind,
    outlet: from.outlet,
    url: from.url,
    quote: claim.quote,
    quoteFigureStart: claim.quoteFigureStart,
    quoteFigureEnd: claim.quoteFigureEnd,
    selector: claim.selector,
    eventDate: claim.eventDate,
    origin: claim.origin,
  };
}

/**
 * Whether a stored claim is about the same thing as the page's figure: same metric, not the page's
 * own source, and not the other side's losses (two Azerbaijani helicopters and two Armenian ones
 * are different figures, not disagreeing ones). A claim whose side is unknown is kept.
 */
export function isReportOf(claim: Claim, page: PageFigure): boolean {
  if (claim.metric !== page.metric) return false;
  if (page.sourceId !== undefined && claim.sourceId === page.sourceId) return false;
  return page.side === null || claim.side === null || claim.side === page.side;
}

function groupKey(claim: Claim): string {
  return claim.value === null || claim.qualifier === 'vague'
    ? `vague:${vagueTermOf(claim.selector.exact) ?? ''}`
    : `${claim.value}:${claim.qualifier}`;
}

function compareGroups(a: ValueGroup, b: ValueGroup): number {
  if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
  return a.value - b.value || QUALIFIER_ORDER[a.qualifier] - QUALIFIER_ORDER[b.qualifier];
}

function compareClaimants(a: ClaimantReports, b: ClaimantReports): number {
  if (!a.claimant || !b.claimant) return a.claimant ? -1 : b.claimant ? 1 : 0;
  return (b.total ?? 0) - (a.total ?? 0) || a.claimant.label.localeCompare(b.claimant.label);
}

function outletKey(report: Report): string {
  // An unnamed outlet counts as its own outlet: two reposts "outlet not named" may be two publishers.
  return report.outlet ?? `source:${report.sourceId}`;
}

/** Builds the reports for a figure from claims of its metric (other claims are ignored). */
export function groupReports(
  metric: { id: string; label: string },
  claims: Iterable<Claim>,
  sourcesById: ReadonlyMap<string, Source>,
  page: PageFigure,
  limitPerClaimant = DEFAULT_REPORTS_PER_CLAIMANT,
): ReportsForFigure {
  const groups = new Map<string, { group: ValueGroup; byClaimant: Map<string, ClaimantReports> }>();
  const claimantIds = new Set<string>();
  const outlets = new Set<string>();
  let reportCount = 0;
  for (const claim of claims) {
    if (!isReportOf(claim, page)) continue;
    const key = groupKey(claim);
    let entry = groups.get(key);
    if (!entry) {
      const vagueTerm = key.startsWith('vague:') ? key.slice('vague:'.length) || undefined : undefined;
      const group: ValueGroup = { value: claim.value, qualifier: claim.qualifier, agreement: 'unknown', claimants: [] };
      if (vagueTerm) group.vagueTerm = vagueTerm;
      entry = { group, byClaimant: new Map() };
      groups.set(key, entry);
    }
    const claimantKey = claim.claimant?.id ?? '';
    let bucket = entry.byClaimant.get(claimantKey);
    if (!bucket) {
      bucket = { claimant: claim.claimant, reports: [], total: 0 };
      entry.byClaimant.set(claimantKey, bucket);
    }
    const report = toReport(claim, sourcesById.get(claim.sourceId));
    bucket.total = (bucket.total ?? 0) + 1;
    if (bucket.reports.length < limitPerClaimant) bucket.reports.push(report);
    if (claim.claimant) claimantIds.add(claim.claimant.id);
    outlets.add(outletKey(report));
    reportCount++;
  }

  const pageValue: FigureValue = { value: page.value, qualifier: page.qualifier, text: page.text };
  const sorted = [...groups.values()].map(({ group, byClaimant }) => {
    const stored: FigureValue = { value: group.value, qualifier: group.qualifier, text: group.vagueTerm };
    group.agreement = agreement(stored, pageValue);
    group.claimants = [...byClaimant.values()].sort(compareClaimants);
    for (const bucket of group.claimants) bucket.reports.sort((a, b) => a.sourceLabel.localeCompare(b.sourceLabel));
    return group;
  });
  sorted.sort(compareGroups);

  const values = [...new Set(sorted.map((group) => group.value))];
  const summary: ReportsSummary = {
    distinctValues: values.length,
    claimants: claimantIds.size,
    outlets: outlets.size,
    reports: reportCount,
    values,
    pageAgrees: pageAgrees(sorted),
  };
  return { metric, groups: sorted, summary };
}

/** True when every group agrees with the page, false when one differs, null when it cannot be told. */
function pageAgrees(groups: ValueGroup[]): boolean | null {
  if (groups.some((group) => group.agreement === 'differs')) return false;
  if (groups.length > 0 && groups.every((group) => group.agreement === 'same' || group.agreement === 'compatible')) {
    return true;
  }
  return null;
}
