import { useId } from 'preact/hooks';
import { periodEnd } from '../utils/engine/period';
import { claimantLabel, packLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
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
  const metric = packLabel(metricLabel);
  const chart = tallyChart(
    series,
    pageFigure && end
      ? {
          end,
          value: pageFigure.value,
          qualifier: pageFigure.qualifier,
          claimant: pageFigure.claimant
            ? claimantLabel(pageFigure.claimant.id, pageFigure.claimant.label)
            : t('overlay.noClaimant'),
        }
      : null,
  );
  return (
    <section class="ct-tally" aria-labelledby={headingId}>
      <h3 id={headingId} class="ct-period-head">
        {t('tally.heading')}
      </h3>
      <TallyChart chart={chart} tableId={tableId} label={t('tally.chartLabel', { metric })} />
      <TallyTable id={tableId} rows={chart.rows} caption={t('tally.caption', { metric })} />
    </section>
  );
}
