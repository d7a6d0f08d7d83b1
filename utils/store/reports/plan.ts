/**
 * The last two steps of answering a page figure (groups.ts groups): plan against the figure
 * (agreement only within its period, which claims to list within the limits), then fill the listed
 * reports from their claims and sources.
 */
import { isPeriod, samePeriod } from '../../engine/period';
import { agreement, type FigureValue } from '../agreement';
import { runningSeries } from '../running-series';
import type {
  Claim,
  ClaimantReports,
  PageFigure,
  PeriodSection,
  ReportsForFigure,
  Source,
  ValueGroup,
} from '../types';
import { type GroupedPeriod, type Grouping, toReport } from './groups';

export interface ReportLimits {
  /** Reports listed per claimant and value; the rest are counted in `total`. */
  perClaimant: number;
  /** Reports listed in all; every claimant gets one before any gets a second. */
  total: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { perClaimant: 10, total: 50 };

/** A planned answer: groups and summary complete, reports still to be filled for `shown` claims. */
export interface ReportPlan {
  result: ReportsForFigure;
  /** Claim ids to list, per claimant bucket. */
  slots: { bucket: ClaimantReports; ids: string[] }[];
  shown: string[];
}

type Pool = { bucket: ClaimantReports; pool: string[] };

/** A period's value groups, compared with the page figure only when `page` is given. */
function valueGroups(grouped: GroupedPeriod, page: FigureValue | null, pools: Pool[]): ValueGroup[] {
  return grouped.groups.map((value): ValueGroup => {
    const stored: FigureValue = { value: value.value, qualifier: value.qualifier, text: value.vagueTerm };
    const claimants = value.claimants.map(({ claimant, ids }) => {
      const bucket: ClaimantReports = { claimant, reports: [], total: ids.length };
      pools.push({ bucket, pool: ids });
      return bucket;
    });
    const group: ValueGroup = {
      value: value.value,
      qualifier: value.qualifier,
      agreement: page ? agreement(stored, page) : 'unknown',
      claimants,
    };
    if (value.vagueTerm) group.vagueTerm = value.vagueTerm;
    return group;
  });
}

/**
 * Compares a grouping with the page figure and picks the claims to list. Only reports of the page
 * figure's period are compared (samePeriod); the others are listed under their own period, and
 * with an unknown page period nothing is compared. Builds fresh objects.
 */
export function planReports(
  metric: { id: string; label: string },
  grouping: Grouping,
  page: PageFigure,
  limits: ReportLimits = DEFAULT_REPORT_LIMITS,
): ReportPlan {
  const pageValue: FigureValue = { value: page.value, qualifier: page.qualifier, text: page.text };
  const pagePeriod = isPeriod(page.period) ? page.period : null;
  const pools: Pool[] = [];
  const compared = pagePeriod ? grouping.periods.find((p) => samePeriod(p.period, pagePeriod)) : undefined;
  const groups = compared ? valueGroups(compared, pageValue, pools) : [];
  const otherPeriods: PeriodSection[] = grouping.periods
    .filter((grouped) => grouped !== compared)
    .map((grouped) => ({
      period: grouped.period,
      groups: valueGroups(grouped, null, pools),
      reports: grouped.reports,
    }));
  const slots = chooseShown(pools, limits);
  const values = [
    ...new Set(grouping.periods.flatMap((grouped) => grouped.groups.map((group) => group.value))),
  ].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  return {
    result: {
      metric,
      period: pagePeriod,
      groups,
      otherPeriods,
      series: runningSeries(grouping, pagePeriod),
      summary: {
        distinctValues: values.length,
        claimants: grouping.claimants,
        outlets: grouping.outlets,
        reports: grouping.reports,
        values,
        pageAgrees: pageAgrees(groups),
      },
    },
    slots,
    shown: slots.flatMap((slot) => slot.ids),
  };
}

/** One report per claimant first, then more up to the per-claimant limit, within the total. */
function chooseShown(pools: Pool[], limits: ReportLimits) {
  const slots = pools.map(({ bucket, pool }) => ({ bucket, ids: [] as string[], pool: [...pool].sort() }));
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
export function fillReports(
  plan: ReportPlan,
  claims: ReadonlyMap<string, Claim>,
  sources: ReadonlyMap<string, Source>,
) {
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
  if (
    groups.length > 0 &&
    groups.every((group) => group.agreement === 'same' || group.agreement === 'compatible')
  ) {
    return true;
  }
  return null;
}
