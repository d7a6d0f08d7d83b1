/**
 * Grouping a metric's claims into reports for a page figure: by value (and qualifier), then by
 * claimant, each with its outlets and quotes. Pure. Works in two steps so the store reads only
 * what it shows: plan from the metric's digest (counts, groups, which claims to list), then fill
 * the listed reports from their claims and sources.
 */
import type { Qualifier } from '../engine/types';
import { agreement, type FigureValue } from './agreement';
import type { DigestEntry, MetricDigest, OutletMap } from './digests';
import type { Claim, ClaimantReports, PageFigure, Report, ReportsForFigure, Source, ValueGroup } from './types';

export interface ReportLimits {
  /** Reports listed per claimant and value; the rest are counted in `total`. */
  perClaimant: number;
  /** Reports listed in all; every claimant gets one before any gets a second. */
  total: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { perClaimant: 10, total: 50 };

const QUALIFIER_ORDER: Record<Qualifier, number> = { exact: 0, about: 1, at_least: 2, more_than: 3, up_to: 4, vague: 5 };

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
 * Whether a stored claim of the metric is a report of the page figure: not the page's own source,
 * and not the other side's losses (two Azerbaijani helicopters and two Armenian ones are
 * different figures, not disagreeing ones). A claim whose side is unknown is kept.
 */
export function isReportOf(entry: DigestEntry, page: PageFigure): boolean {
  if (page.sourceId !== undefined && entry.src === page.sourceId) return false;
  return page.side === null || entry.s === null || entry.s === page.side;
}

function groupKey(entry: DigestEntry): string {
  return entry.v === null || entry.q === 'vague' ? `vague:${entry.t ?? ''}` : `${entry.v}:${entry.q}`;
}

function compareGroups(a: ValueGroup, b: ValueGroup): number {
  if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
  return a.value - b.value || QUALIFIER_ORDER[a.qualifier] - QUALIFIER_ORDER[b.qualifier];
}

function compareClaimants(a: ClaimantReports, b: ClaimantReports): number {
  if (!a.claimant || !b.claimant) return a.claimant ? -1 : b.claimant ? 1 : 0;
  return (b.total ?? 0) - (a.total ?? 0) || a.claimant.label.localeCompare(b.claimant.label);
}

/** A planned answer: groups and summary complete, reports still to be filled for `shown` claims. */
export interface ReportPlan {
  result: ReportsForFigure;
  /** Claim ids to list, per claimant bucket. */
  slots: { bucket: ClaimantReports; ids: string[] }[];
  shown: string[];
}

export function planReports(
  metric: { id: string; label: string },
  digest: MetricDigest,
  outlets: OutletMap,
  page: PageFigure,
  limits: ReportLimits = DEFAULT_REPORT_LIMITS,
): ReportPlan {
  const groups = new Map<string, { group: ValueGroup; buckets: Map<string, { bucket: ClaimantReports; ids: string[] }> }>();
  const claimantIds = new Set<string>();
  const outletKeys = new Set<string>();
  let reports = 0;
  for (const [id, entry] of Object.entries(digest.entries)) {
    if (!isReportOf(entry, page)) continue;
    const key = groupKey(entry);
    let slot = groups.get(key);
    if (!slot) {
      const group: ValueGroup = { value: entry.v, qualifier: entry.q, agreement: 'unknown', claimants: [] };
      if (key.startsWith('vague:') && entry.t) group.vagueTerm = entry.t;
      slot = { group, buckets: new Map() };
      groups.set(key, slot);
    }
    let bucket = slot.buckets.get(entry.c ?? '');
    if (!bucket) {
      const claimant = entry.c === null ? null : (digest.claimants[entry.c] ?? { id: entry.c, label: entry.c, party: 'other' as const });
      bucket = { bucket: { claimant, reports: [], total: 0 }, ids: [] };
      slot.buckets.set(entry.c ?? '', bucket);
    }
    bucket.ids.push(id);
    if (entry.c !== null) claimantIds.add(entry.c);
    // An unnamed outlet counts as its own: two reposts "outlet not named" may be two publishers.
    outletKeys.add(outlets[entry.src] ?? `source:${entry.src}`);
    reports++;
  }

  const pageValue: FigureValue = { value: page.value, qualifier: page.qualifier, text: page.text };
  const buckets: { bucket: ClaimantReports; ids: string[] }[] = [];
  const sorted = [...groups.values()].map(({ group, buckets: byClaimant }) => {
    group.agreement = agreement({ value: group.value, qualifier: group.qualifier, text: group.vagueTerm }, pageValue);
    for (const slot of byClaimant.values()) slot.bucket.total = slot.ids.length;
    const ordered = [...byClaimant.values()].sort((a, b) => compareClaimants(a.bucket, b.bucket));
    group.claimants = ordered.map((slot) => slot.bucket);
    return { group, ordered };
  });
  sorted.sort((a, b) => compareGroups(a.group, b.group));
  for (const { ordered } of sorted) buckets.push(...ordered);

  const slots = chooseShown(buckets, limits);
  const values = [...new Set(sorted.map(({ group }) => group.value))];
  const groupList = sorted.map(({ group }) => group);
  return {
    result: {
      metric,
      groups: groupList,
      summary: {
        distinctValues: values.length,
        claimants: claimantIds.size,
        outlets: outletKeys.size,
        reports,
        values,
        pageAgrees: pageAgrees(groupList),
      },
    },
    slots,
    shown: slots.flatMap((slot) => slot.ids),
  };
}

/** One report per bucket first, then more up to the per-claimant limit, within the total. */
function chooseShown(buckets: { bucket: ClaimantReports; ids: string[] }[], limits: ReportLimits) {
  const slots = buckets.map(({ bucket, ids }) => ({ bucket, ids: [] as string[], pool: [...ids].sort() }));
  let budget = limits.total;
  for (let round = 0; round < limits.perClaimant && budget > 0; round++) {
    let took = false;
    for (const slot of slots) {
      const next = slot.pool[round];
      if (next === undefined || budget <= 0) continue;
      slot.ids.push(next);
      budget--;
      took = true;
    }
    if (!took) break;
  }
  return slots.map(({ bucket, ids }) => ({ bucket, ids }));
}

/** Lists the planned reports, read from their claims and sources. */
export function fillReports(plan: ReportPlan, claims: ReadonlyMap<string, Claim>, sources: ReadonlyMap<string, Source>) {
  for (const { bucket, ids } of plan.slots) {
    bucket.reports = ids
      .map((id) => claims.get(id))
      .filter((claim): claim is Claim => claim !== undefined)
      .map((claim) => toReport(claim, sources.get(claim.sourceId)))
      .sort((a, b) => a.sourceLabel.localeCompare(b.sourceLabel));
  }
  return plan.result;
}

/** True when every group agrees with the page, false when one differs, null when it cannot be told. */
function pageAgrees(groups: ValueGroup[]): boolean | null {
  if (groups.some((group) => group.agreement === 'differs')) return false;
  if (groups.length > 0 && groups.every((group) => group.agreement === 'same' || group.agreement === 'compatible')) {
    return true;
  }
  return null;
}
