/**
 * Geometry and words of the spread chart: one lane per claimant, a dot per value it gives (bigger
 * for more reports), on a value axis that turns logarithmic when values span orders of magnitude.
 * Pure: the component only draws what this returns, and reads the text alternative from here.
 */
import type { ClaimantRef, Party } from '../engine/types';
import { t, tn } from '../i18n/translate';
import { PARTY_SHORT_LABELS } from '../labels';
import { formatNumber, formatValue, partyLabel } from '../overlay/format';
import type { MetricSpread, SpreadPoint } from '../store/manager/types';

export const MAX_LANES = 6;
const PARTY_ORDER: Record<Party, number> = { ARM: 0, NK: 1, AZ: 2, other: 3 };
const LABEL_CHARS = 32;

export interface SpreadLane {
  key: string;
  /** Claimant label, shortened to fit; `fullLabel` has it whole. */
  label: string;
  fullLabel: string;
  party: Party | null;
  y: number;
  vague: number;
}

export interface SpreadDot {
  key: string;
  cx: number;
  cy: number;
  r: number;
  party: Party | null;
  /** "Armenia's Ministry of Defence: 2 (2 reports)" */
  title: string;
}

export interface SpreadLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  scale: 'linear' | 'log';
  lanes: SpreadLane[];
  dots: SpreadDot[];
  ticks: { x: number; label: string }[];
}

export interface SpreadOptions {
  width?: number;
  laneHeight?: number;
  labelWidth?: number;
}

interface Lane {
  key: string;
  claimant: ClaimantRef | null;
  /** Several claimants merged into one lane ("3 more claimants"). */
  merged: number;
  points: SpreadPoint[];
  total: number;
}

function lanesOf(spread: MetricSpread): Lane[] {
  const claimants = new Map(spread.claimants.map((c) => [c.id, c]));
  const byKey = new Map<string, Lane>();
  for (const point of spread.points) {
    const key = point.claimantId ?? '';
    let lane = byKey.get(key);
    if (!lane) {
      lane = {
        key,
        claimant: point.claimantId ? (claimants.get(point.claimantId) ?? null) : null,
        merged: 1,
        points: [],
        total: 0,
      };
      byKey.set(key, lane);
    }
    lane.points.push(point);
    lane.total += point.count;
  }
  const rank = (lane: Lane) => (lane.claimant ? PARTY_ORDER[lane.claimant.party] : 4);
  const sorted = [...byKey.values()].sort(
    (a, b) => rank(a) - rank(b) || b.total - a.total || a.key.localeCompare(b.key),
  );
  if (sorted.length <= MAX_LANES) return sorted;
  const kept = sorted.slice(0, MAX_LANES - 1);
  const rest = sorted.slice(MAX_LANES - 1);
  kept.push({
    key: '\u0000more',
    claimant: null,
    merged: rest.length,
    points: rest.flatMap((lane) => lane.points),
    total: rest.reduce((sum, lane) => sum + lane.total, 0),
  });
  return kept;
}

function laneName(lane: Lane): string {
  if (lane.merged > 1) return tn('spread.moreClaimants', lane.merged);
  return lane.claimant
    ? `${lane.claimant.label} (${partyLabel(lane.claimant.party)})`
    : t('manager.noClaimant');
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** The claimant shortened to fit, its party always whole: "Nagorno-Karabakh Defenc… (Karabakh)". */
function laneLabel(lane: Lane): string {
  if (lane.merged > 1 || !lane.claimant) return laneName(lane);
  const party = PARTY_SHORT_LABELS[lane.claimant.party];
  return `${shorten(lane.claimant.label, LABEL_CHARS - party.length - 3)} (${party})`;
}

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

export function spreadLayout(spread: MetricSpread, options: SpreadOptions = {}): SpreadLayout {
  const width = options.width ?? 420;
  const laneHeight = options.laneHeight ?? 20;
  const plotLeft = options.labelWidth ?? 222;
  const plotRight = width - 64;
  const lanes = lanesOf(spread);
  const values = spread.points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const minPositive = Math.min(...values.filter((v) => v > 0), Infinity);
  const scale: 'linear' | 'log' =
    max > 0 && minPositive !== Infinity && max / minPositive > 100 ? 'log' : 'linear';
  const top = niceMax(max);
  const span = plotRight - plotLeft;
  const x = (v: number) =>
    plotLeft + span * (scale === 'log' ? Math.log10(v + 1) / Math.log10(top + 1) : v / top);
  const ticks =
    scale === 'log'
      ? [0, ...Array.from({ length: Math.floor(Math.log10(top)) }, (_, i) => 10 ** (i + 1))].map((v) => ({
          x: x(v),
          label: formatNumber(v),
        }))
      : [0, top / 2, top].map((v) => ({ x: x(v), label: formatNumber(Math.round(v * 100) / 100) }));
  const dots: SpreadDot[] = [];
  const laneViews: SpreadLane[] = lanes.map((lane, i) => {
    const y = 6 + i * laneHeight + laneHeight / 2;
    const byValue = new Map<number, SpreadPoint[]>();
    let vague = 0;
    for (const point of lane.points) {
      if (point.value === null) vague += point.count;
      else byValue.set(point.value, [...(byValue.get(point.value) ?? []), point]);
    }
    const name = laneName(lane);
    for (const [value, points] of byValue) {
      const count = points.reduce((sum, p) => sum + p.count, 0);
      const said = [...new Set(points.map((p) => formatValue(p.value, p.qualifier)))].join(' / ');
      dots.push({
        key: `${lane.key}|${value}`,
        cx: Math.round(x(value) * 10) / 10,
        cy: y,
        r: Math.min(9, 3 + Math.sqrt(count)),
        party: lane.merged > 1 ? null : (lane.claimant?.party ?? null),
        title: `${name}: ${said} (${tn('popup.reportCount', count)})`,
      });
    }
    return {
      key: lane.key,
      label: laneLabel(lane),
      fullLabel: name,
      party: lane.merged > 1 ? null : (lane.claimant?.party ?? null),
      y,
      vague,
    };
  });
  const axisY = 6 + lanes.length * laneHeight + 2;
  return { width, height: axisY + 18, plotLeft, plotRight, axisY, scale, lanes: laneViews, dots, ticks };
}

/** The chart in words, for screen readers: per claimant, the values it gives and how often. */
export function spreadDescription(spread: MetricSpread): string {
  const parts = lanesOf(spread).map((lane) => {
    const values = [...lane.points]
      .sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity))
      .map(
        (p) =>
          `${p.value === null ? t('spread.vagueFigure') : formatValue(p.value, p.qualifier)} (${tn('popup.reportCount', p.count)})`,
      );
    return `${laneName(lane)}: ${values.join(', ')}`;
  });
  const head = `${spread.label}, ${tn('manager.claims', spread.count)}`;
  return parts.length > 0 ? `${head}. ${parts.join('; ')}.` : `${head}.`;
}
