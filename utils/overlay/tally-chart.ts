/**
 * The step chart of running totals, as plain geometry (pure; components/TallyChart.tsx draws it):
 * each claimant's tallies as a staircase over the days, this page's figure as a marker, and the
 * rows of its table, the chart's text alternative. A tally holds until the claimant gives the
 * next one, hence steps rather than slopes.
 */

import type { Party } from '../engine/types';
import { claimantLabel } from '../i18n/pack-labels';
import { t } from '../i18n/translate';
import type { ClaimantSeries } from '../store/types';
import { formatValue } from './format';
import { dateWords } from './period-label';

export interface ChartBox {
  width: number;
  height: number;
  /** Room left for the value axis' labels, and below for the dates. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export const TALLY_CHART_BOX: ChartBox = { width: 300, height: 130, left: 44, bottom: 20, top: 8, right: 10 };

export interface TallyLine {
  key: string;
  label: string;
  party: Party | null;
  /** SVG path data of the staircase. */
  path: string;
  points: { x: number; y: number; title: string }[];
}

export interface TallyRow {
  claimant: string;
  date: string;
  value: string;
  /** This page's figure, not a stored report. */
  isPage: boolean;
}

export interface TallyChart {
  lines: TallyLine[];
  /** This page's figure; null when it has no number to place. */
  page: { x: number; y: number; title: string } | null;
  axis: { firstDay: string; lastDay: string; maxValue: string; baseY: number; leftX: number; rightX: number };
  rows: TallyRow[];
}

export interface PageTally {
  /** The day the page's running total runs to. */
  end: string;
  value: number | null;
  qualifier: Parameters<typeof formatValue>[1];
  claimant: string;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Geometry and table of the series; the page's own tally is marked and listed as "this page". */
export function tallyChart(
  series: readonly ClaimantSeries[],
  page: PageTally | null,
  box: ChartBox = TALLY_CHART_BOX,
): TallyChart {
  const ends = series.flatMap((s) => s.points.map((p) => p.end));
  if (page) ends.push(page.end);
  const values = series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  if (page?.value != null) values.push(page.value);
  const days = ends.map(dayNumber);
  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
  const maxValue = Math.max(1, ...values);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (iso: string) =>
    round(
      box.left +
        (lastDay === firstDay
          ? plotWidth / 2
          : ((dayNumber(iso) - firstDay) / (lastDay - firstDay)) * plotWidth),
    );
  const y = (value: number) => round(box.top + plotHeight - (value / maxValue) * plotHeight);
  const baseY = box.top + plotHeight;
  const rightX = box.left + plotWidth;

  const lines = series.map((s): TallyLine => {
    const label = s.claimant ? claimantLabel(s.claimant.id, s.claimant.label) : t('tally.noClaimant');
    const points = s.points.map((p) => ({
      x: x(p.end),
      y: y(p.value ?? 0),
      title: t('tally.point', {
        claimant: label,
        value: formatValue(p.value, p.qualifier),
        date: dateWords(p.end),
      }),
    }));
    let path = '';
    for (const [i, point] of points.entries()) {
      path += i === 0 ? `M${point.x},${point.y}` : ` H${point.x} V${point.y}`;
    }
    // The last tally holds to the chart's right edge.
    if (points.length > 0) path += ` H${rightX}`;
    return { key: s.claimant?.id ?? '', label, party: s.claimant?.party ?? null, path, points };
  });

  const rows: TallyRow[] = series.flatMap((s) =>
    s.points.map((p) => ({
      claimant: s.claimant ? claimantLabel(s.claimant.id, s.claimant.label) : t('tally.noClaimant'),
      date: dateWords(p.end),
      value: formatValue(p.value, p.qualifier),
      isPage: false,
    })),
  );
  let pageMark: TallyChart['page'] = null;
  if (page) {
    const value = formatValue(page.value, page.qualifier);
    rows.push({ claimant: page.claimant, date: dateWords(page.end), value, isPage: true });
    if (page.value !== null) {
      pageMark = {
        x: x(page.end),
        y: y(page.value),
        title: t('tally.pagePoint', { value, date: dateWords(page.end) }),
      };
    }
  }
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return {
    lines,
    page: pageMark,
    axis: {
      firstDay: dateWords(iso(firstDay)),
      lastDay: dateWords(iso(lastDay)),
      maxValue: formatValue(maxValue, 'exact'),
      baseY,
      leftX: box.left,
      rightX,
    },
    rows,
  };
}
