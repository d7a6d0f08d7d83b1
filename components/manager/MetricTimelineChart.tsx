import { useId } from 'preact/hooks';
import { countOf } from '../../utils/manager/format';
import { TIMELINE_BOX, TIMELINE_LAYOUT } from '../../utils/manager/timeline';
import { tallyChart } from '../../utils/overlay/tally-chart';
import type { MetricTimeline } from '../../utils/store/manager/timeline';
import { TallyChart } from '../TallyChart';
import { TallyTable } from '../TallyTable';

/** The words of this component, in one place (for the translation catalogs). */
const WORDS = {
  chart: 'Figures of {metric} over time, by claimant',
  caption: 'Each claimant’s figures of {metric}, by the period they count',
  when: 'Period',
  value: 'Figure',
  empty: 'No figure of {metric} has both a number and a known period to place on the timeline.',
  noPeriod: 'Not shown: {count} without a known period.',
  noValue: 'Not shown: {count} without a number (vague).',
  cut: 'Only the first {count} points are shown.',
};

export interface MetricTimelineChartProps {
  /** The background's answer for one metric (and side). */
  timeline: MetricTimeline;
  /** The metric's label ("soldiers killed"). */
  metricLabel: string;
}

/**
 * A metric's figures by claimant on a time axis: each figure at the end of the period it counts,
 * a range or an era as a span from its start (the overlay chart's layout, utils/overlay/
 * tally-chart.ts), with a table, reachable by keyboard, saying the same in text.
 */
export function MetricTimelineChart({ timeline, metricLabel }: MetricTimelineChartProps) {
  const tableId = useId();
  const fill = (text: string, count?: number) =>
    text
      .replace('{metric}', metricLabel)
      .replace('{count}', count === undefined ? '' : countOf(count, 'claim'));
  const { noPeriod, noValue } = timeline.unplaced;
  const notes = [
    noPeriod > 0 ? fill(WORDS.noPeriod, noPeriod) : '',
    noValue > 0 ? fill(WORDS.noValue, noValue) : '',
    timeline.complete
      ? ''
      : WORDS.cut.replace('{count}', String(timeline.series.reduce((n, s) => n + s.points.length, 0))),
  ].filter(Boolean);
  if (timeline.series.length === 0) {
    return (
      <div class="ct-timeline">
        <p class="ct-muted">{fill(WORDS.empty)}</p>
        {notes.map((note) => (
          <p key={note} class="ct-muted">
            {note}
          </p>
        ))}
      </div>
    );
  }
  const chart = tallyChart(timeline.series, null, TIMELINE_BOX, TIMELINE_LAYOUT);
  return (
    <div class="ct-timeline">
      <TallyChart chart={chart} tableId={tableId} label={fill(WORDS.chart)} box={TIMELINE_BOX} />
      {notes.map((note) => (
        <p key={note} class="ct-muted">
          {note}
        </p>
      ))}
      <TallyTable
        id={tableId}
        rows={chart.rows}
        caption={fill(WORDS.caption)}
        columns={{ when: WORDS.when, value: WORDS.value }}
      />
    </div>
  );
}
