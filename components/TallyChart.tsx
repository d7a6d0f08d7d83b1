import {
  type ChartBox,
  TALLY_CHART_BOX,
  type TallyChart as TallyChartData,
} from '../utils/overlay/tally-chart';

export interface TallyChartProps {
  chart: TallyChartData;
  /** Id of the table that says in text what the chart draws. */
  tableId: string;
  /** What the chart shows, for a screen reader ("Running totals of soldiers killed, by claimant"). */
  label: string;
  /** The box the chart was laid out in (tallyChart's); the overlay's small one by default. */
  box?: ChartBox;
}

/**
 * Each claimant's running tally as a step line, this page's figure as a ringed marker; in the
 * manager's timeline, figures as points and a range or era as a span ending at its point. Drawn with
 * Preact elements (never markup strings); the table beside it is its text alternative, so the
 * image only names itself and points there.
 */
export function TallyChart({ chart, tableId, label, box = TALLY_CHART_BOX }: TallyChartProps) {
  const { width, height } = box;
  const { axis } = chart;
  return (
    <svg
      class="ct-tally-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      aria-describedby={tableId}
      focusable="false"
    >
      <line class="ct-tally-axis" x1={axis.leftX} y1={axis.baseY} x2={axis.rightX} y2={axis.baseY} />
      <text class="ct-tally-tick" x={axis.leftX - 4} y={12} text-anchor="end">
        {axis.maxValue}
      </text>
      <text class="ct-tally-tick" x={axis.leftX - 4} y={axis.baseY} text-anchor="end">
        0
      </text>
      <text class="ct-tally-tick" x={axis.leftX} y={height - 4}>
        {axis.firstDay}
      </text>
      <text class="ct-tally-tick" x={axis.rightX} y={height - 4} text-anchor="end">
        {axis.lastDay}
      </text>
      {chart.lines.map((line) => (
        <g key={line.key} class="ct-tally-line" data-party={line.party ?? 'none'} data-claimant={line.key}>
          {line.path && <path d={line.path} fill="none" />}
          {line.points.map((point) =>
            point.spanX === undefined ? null : (
              <line
                key={`span:${point.spanX}:${point.x}:${point.y}`}
                class="ct-tally-span"
                x1={point.spanX}
                y1={point.y}
                x2={point.x}
                y2={point.y}
              />
            ),
          )}
          {line.points.map((point) => (
            <circle key={`${point.x}:${point.y}`} cx={point.x} cy={point.y} r={3}>
              <title>{point.title}</title>
            </circle>
          ))}
        </g>
      ))}
      {chart.page && (
        <g class="ct-tally-page">
          <circle cx={chart.page.x} cy={chart.page.y} r={6} />
          <circle cx={chart.page.x} cy={chart.page.y} r={2} />
          <title>{chart.page.title}</title>
        </g>
      )}
    </svg>
  );
}
