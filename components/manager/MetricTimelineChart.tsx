import { useId } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { TIMELINE_BOX, TIMELINE_LAYOUT } from '../../utils/manager/timeline';
import { tallyChart } from '../../utils/overlay/tally-chart';
import type { MetricTimeline } from '../../utils/store/manager/timeline';
import { TallyChart } from '../TallyChart';
import { TallyTable } from '../TallyTable';

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
  const { noPeriod, noValue } = timeline.unplaced;
  const notes = [
    noPeriod > 0 ? t('timeline.noPeriod', { claims: tn('manager.claims', noPeriod) }) : '',
    noValue > 0 ? t('timeline.noValue', { claims: tn('manager.claims', noValue) }) : '',
    timeline.complete
      ? ''
      : t('timeline.cut', { count: timeline.series.reduce((n, s) => n + s.points.length, 0) }),
  ].filter(Boolean);
  if (timeline.series.length === 0) {
    return (
      <div class="ct-timeline">
        <p class="ct-muted">{t('timeline.empty', { metric: metricLabel })}</p>
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
      <TallyChart
        chart={chart}
        tableId={tableId}
        label={t('timeline.chart', { metric: metricLabel })}
        box={TIMELINE_BOX}
      />
      {notes.map((note) => (
        <p key={note} class="ct-muted">
          {note}
        </p>
      ))}
      <TallyTable
        id={tableId}
        rows={chart.rows}
        caption={t('timeline.caption', { metric: metricLabel })}
        columns={{ when: t('form.period'), value: t('form.figure') }}
      />
    </div>
  );
}
