/**
 * Grouping a metric's claims into reports for a page figure: by period, value (and qualifier),
 * then claimant, each with its outlets and quotes; "agrees" and "differs" only within the page
 * figure's period, and running totals as each claimant's series. Pure. In three steps, so the store reads only what
 * it shows: group the metric's digest (cacheable, here), plan against the page figure (agreement,
 * which claims to list) and fill the listed reports from their claims and sources (plan.ts).
 */
import { comparePeriods, isPeriod, type Period, periodBounds } from '../../engine/period';
import type { ClaimantRef, Qualifier, Side } from '../../engine/types';
import type { MetricDigest } from '../digests';
import type { Claim, PageFigure, Report, Source } from '../types';

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
  return {
    id: sourceId,
    label: 'Unknown source',
    outlet: null,
    url: null,
    language: 'und',
    publishedDate: null,
    kind: 'import',
    segments: [],
  };
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
    period: claim.period,
    origin: claim.origin,
    ...(from.readAt === undefined ? {} : { readAt: from.readAt }),
    ...(claim.history?.length ? { history: claim.history } : {}),
  };
}

/** Claims of one value (and qualifier) and one claimant, as ids to list. */
export interface GroupedClaimant {
  claimant: ClaimantRef | null;
  ids: string[];
}

export interface GroupedValue {
  value: number | null;
  qualifier: Qualifier;
  vagueTerm?: string;
  claimants: GroupedClaimant[];
}

/** The reports of one period, by value. Periods covering the same days ("2016-04", "2016-04-01/2016-04-30") share one. */
export interface GroupedPeriod {
  /** The period as the first of its claims wrote it; null when unknown. */
  period: Period | null;
  groups: GroupedValue[];
  reports: number;
}

/**
 * The reports of a metric for one page side and one excluded source, before they are compared
 * with the page figure's value and period. Depends only on the store, so it is cached between queries.
 */
export interface Grouping {
  /** Ordered by end day, then start day; unknown last. */
  periods: GroupedPeriod[];
  claimants: number;
  outlets: number;
  reports: number;
}

/**
 * Whether a bucket's claims are reports of the page figure: not the other side's losses (two
 * Azerbaijani helicopters and two Armenian ones are different figures, not disagreeing ones).
 * Claims whose side is unknown are kept.
 */
function onPageSide(side: Side, page: Pick<PageFigure, 'side'>): boolean {
  return page.side === null || side === null || side === page.side;
}

function compareValues(a: GroupedValue, b: GroupedValue): number {
  if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
  return a.value - b.value || QUALIFIER_ORDER[a.qualifier] - QUALIFIER_ORDER[b.qualifier];
}

function compareClaimants(a: GroupedClaimant, b: GroupedClaimant): number {
  if (!a.claimant || !b.claimant) return a.claimant ? -1 : b.claimant ? 1 : 0;
  return b.ids.length - a.ids.length || a.claimant.label.localeCompare(b.claimant.label);
}

/** One key per set of days, so two spellings of one period are one section; '' for unknown. */
function periodKeyOf(period: Period | null | undefined): string {
  const bounds = periodBounds(period);
  return bounds ? `${bounds.from}/${bounds.to}` : '';
}

interface PeriodSlot {
  period: Period | null;
  values: Map<string, { group: GroupedValue; byClaimant: Map<string, GroupedClaimant> }>;
  reports: number;
}

/** Groups a metric's digest by period, value, then claimant; `excluded` are the page's own claims. */
export function groupDigest(
  digest: MetricDigest,
  page: Pick<PageFigure, 'side'>,
  excluded: ReadonlySet<string> = new Set(),
): Grouping {
  const periods = new Map<string, PeriodSlot>();
  const claimantIds = new Set<string>();
  const outlets = new Set<string>();
  let reports = 0;
  for (const bucket of Object.values(digest.buckets)) {
    if (!onPageSide(bucket.s, page)) continue;
    const period = isPeriod(bucket.p) ? bucket.p : null;
    const periodKey = periodKeyOf(period);
    let periodSlot = periods.get(periodKey);
    if (!periodSlot) {
      periodSlot = { period, values: new Map(), reports: 0 };
      periods.set(periodKey, periodSlot);
    }
    const valueKey =
      bucket.v === null || bucket.q === 'vague' ? `vague:${bucket.t ?? ''}` : `${bucket.v}:${bucket.q}`;
    let slot = periodSlot.values.get(valueKey);
    if (!slot) {
      const group: GroupedValue = { value: bucket.v, qualifier: bucket.q, claimants: [] };
      if (valueKey.startsWith('vague:') && bucket.t) group.vagueTerm = bucket.t;
      slot = { group, byClaimant: new Map() };
      periodSlot.values.set(valueKey, slot);
    }
    let claimant = slot.byClaimant.get(bucket.c ?? '');
    if (!claimant) {
      const ref =
        bucket.c === null
          ? null
          : (digest.claimants[bucket.c] ?? { id: bucket.c, label: bucket.c, party: 'other' as const });
      claimant = { claimant: ref, ids: [] };
      slot.byClaimant.set(bucket.c ?? '', claimant);
    }
    for (const [i, id] of bucket.ids.entries()) {
      if (excluded.has(id)) continue;
      claimant.ids.push(id);
      outlets.add(bucket.outlets[i] ?? id);
      periodSlot.reports++;
      reports++;
    }
    if (bucket.c !== null && claimant.ids.length > 0) claimantIds.add(bucket.c);
  }
  const grouped: GroupedPeriod[] = [];
  for (const slot of periods.values()) {
    const groups: GroupedValue[] = [];
    for (const { group, byClaimant } of slot.values.values()) {
      group.claimants = [...byClaimant.values()].filter((c) => c.ids.length > 0).sort(compareClaimants);
      if (group.claimants.length > 0) groups.push(group);
    }
    if (groups.length > 0)
      grouped.push({ period: slot.period, groups: groups.sort(compareValues), reports: slot.reports });
  }
  grouped.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods: grouped, claimants: claimantIds.size, outlets: outlets.size, reports };
}
