/**
 * The step chart of running totals, as plain geometry (pure; components/TallyChart.tsx draws it):
 * each claimant's tallies as a staircase over the days, this page's figure as a marker, and the
 * rows of its table, the chart's text alternative. A tally holds until the claimant gives the
 * next one, hence steps rather than slopes.
 */

import { periodBounds } from '../engine/period';
import type { Party } from '../engine/types';
import { claimantLabel } from '../i18n/pack-labels';
import { t } from '../i18n/translate';
import type { ClaimantSeries, SeriesPoint } from '../store/types';
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

export interface TallyPoint {
  x: number;
  y: number;
  title: string;
  /** Where a range or era's period starts, when its span is drawn (timeline layout). */
  spanX?: number;
}

export interface TallyLine {
  key: string;
  label: string;
  party: Party | null;
  /** SVG path data of the staircase; empty in the timeline layout, whose figures stand alone. */
  path: string;
  points: TallyPoint[];
}

/**
 * How the chart is laid out. Running totals (the default): steps, each point "to" its day.
 * Timeline (the manager's claims by claimant): points at their period's end, a range or era drawn
 * as a span from its start, described by `when` (the period in words).
 */
export interface TallyLayout {
  steps: boolean;
  spans: boolean;
  /** A point's period in words, for its title and its table row. */
  when: (point: SeriesPoint) => string;
}

export const RUNNING_TOTAL_LAYOUT: TallyLayout = {
  steps: true,
  spans: false,
  when: (point) => dateWords(point.end),
};

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
  layout: TallyLayout = RUNNING_TOTAL_LAYOUT,
): TallyChart {
  const startOf = (p: SeriesPoint) => (layout.spans ? (periodBounds(p.period)?.from ?? p.end) : p.end);
  const ends = series.flatMap((s) => s.points.flatMap((p) => [p.end, startOf(p)]));
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
    const points = s.points.map((p): TallyPoint => {
      const point: TallyPoint = {
        x: x(p.end),
        y: y(p.value ?? 0),
        title: t(layout.steps ? 'tally.point' : 'timeline.point', {
          claimant: label,
          value: formatValue(p.value, p.qualifier),
          date: layout.when(p),
        }),
      };
      const start = startOf(p);
      if (start !== p.end) point.spanX = x(start);
      return point;
    });
    let path = '';
    if (layout.steps) {
      for (const [i, point] of points.entries()) {
        path += i === 0 ? `M${point.x},${point.y}` : ` H${point.x} V${point.y}`;
      }
      // The last tally holds to the chart's right edge.
      if (points.length > 0) path += ` H${rightX}`;
    }
    return { key: s.claimant?.id ?? '', label, party: s.claimant?.party ?? null, path, points };
  });

  const rows: TallyRow[] = series.flatMap((s) =>
    s.points.map((p) => ({
      claimant: s.claimant ? claimantLabel(s.claimant.id, s.claimant.label) : t('tally.noClaimant'),
      date: layout.steps ? dateWords(p.end) : layout.when(p),
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
