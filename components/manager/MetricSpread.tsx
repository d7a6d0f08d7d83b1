import { t, tn } from '../../utils/i18n/translate';
import { spreadDescription, spreadLayout } from '../../utils/manager/spread-layout';
import type { MetricSpread as MetricSpreadData } from '../../utils/store/manager/types';

export interface MetricSpreadProps {
  spread: MetricSpreadData;
  /** Narrows the claim list to this metric. */
  onShowMetric: (metric: string) => void;
}

/**
 * The spread of one metric's values at a glance: a lane per claimant (labelled, with its party in
 * words; colour only repeats it), a dot per value, larger for more reports. The chart's text
 * alternative says the same in words.
 */
export function MetricSpread({ spread, onShowMetric }: MetricSpreadProps) {
  const layout = spreadLayout(spread);
  const description = spreadDescription(spread);
  const headingId = `ct-spread-${spread.metric}`;
  return (
    <figure class="ct-spread" aria-labelledby={headingId}>
      <figcaption>
        <h3 id={headingId}>{spread.label}</h3>
        <span class="ct-muted">
          {tn('manager.claims', spread.count)}
          {layout.scale === 'log' ? ` · ${t('spread.logScale')}` : ''}
          {spread.truncated ? ` · ${t('spread.truncated')}` : ''}
        </span>
      </figcaption>
      <svg
        class="ct-spread-chart"
        role="img"
        aria-label={description}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
      >
        {layout.lanes.map((lane) => (
          <g key={lane.key}>
            <line class="ct-lane-line" x1={layout.plotLeft} x2={layout.plotRight} y1={lane.y} y2={lane.y} />
            <text
              class="ct-lane-label"
              x={layout.plotLeft - 6}
              y={lane.y}
              text-anchor="end"
              dominant-baseline="middle"
            >
              <title>{lane.fullLabel}</title>
              {lane.label}
            </text>
            {lane.vague > 0 && (
              <text class="ct-lane-vague" x={layout.plotRight + 6} y={lane.y} dominant-baseline="middle">
                {t('spread.vague', { count: lane.vague })}
              </text>
            )}
          </g>
        ))}
        {layout.dots.map((dot) => (
          <circle
            key={dot.key}
            class={`ct-dot ct-party-${dot.party ?? 'none'}`}
            cx={dot.cx}
            cy={dot.cy}
            r={dot.r}
          >
            <title>{dot.title}</title>
          </circle>
        ))}
        <line
          class="ct-axis"
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.ticks.map((tick) => (
          <text key={tick.label} class="ct-tick" x={tick.x} y={layout.axisY + 13} text-anchor="middle">
            {tick.label}
          </text>
        ))}
      </svg>
      <button type="button" class="ct-link-button" onClick={() => onShowMetric(spread.metric)}>
        {spread.count === 1
          ? t('spread.showOne')
          : t('spread.showAll', { claims: tn('manager.claims', spread.count) })}
      </button>
    </figure>
  );
}
