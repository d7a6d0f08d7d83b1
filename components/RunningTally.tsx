import { useId } from 'preact/hooks';
import { periodEnd } from '../utils/engine/period';
import { tallyChart } from '../utils/overlay/tally-chart';
import type { ClaimantSeries, PageFigure } from '../utils/store/types';
import { TallyChart } from './TallyChart';
import { TallyTable } from './TallyTable';

export interface RunningTallyProps {
  series: readonly ClaimantSeries[];
  pageFigure?: PageFigure;
  metricLabel: string;
}

/**
 * A running total's context: each claimant's tally over time, so a reader sees whether this
 * page's number is early, late, or out of line with the claimant's own series.
 */
export function RunningTally({ series, pageFigure, metricLabel }: RunningTallyProps) {
  const tableId = useId();
  const headingId = useId();
  const end = periodEnd(pageFigure?.period);
  const chart = tallyChart(
    series,
    pageFigure && end
      ? {
          end,
          value: pageFigure.value,
          qualifier: pageFigure.qualifier,
          claimant: pageFigure.claimant?.label ?? 'no claimant named',
        }
      : null,
  );
  return (
    <section class="ct-tally" aria-labelledby={headingId}>
      <h3 id={headingId} class="ct-period-head">
        Running totals over time
      </h3>
      <TallyChart chart={chart} tableId={tableId} label={`Running totals of ${metricLabel}, by claimant`} />
      <TallyTable
        id={tableId}
        rows={chart.rows}
        caption={`Each claimant’s running total of ${metricLabel}`}
      />
    </section>
  );
}
