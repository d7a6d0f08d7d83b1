import { t } from '../utils/i18n/translate';
import type { ReportLinker } from '../utils/overlay/links';
import type { PageFigure, ReportsForFigure } from '../utils/store/types';
import { PeriodSection } from './PeriodSection';
import { RunningTally } from './RunningTally';
import { ValueGroup } from './ValueGroup';

export interface OverlayReportsProps {
  reports: ReportsForFigure;
  pageFigure?: PageFigure;
  linker: ReportLinker;
}

/**
 * The stored reports under the overlay's summary: those of the page figure's period, compared
 * with it; a running total's series as a chart; then every other period apart, not compared.
 */
export function OverlayReports({ reports, pageFigure, linker }: OverlayReportsProps) {
  if (reports.summary.reports === 0) return null;
  return (
    <>
      {pageFigure && reports.period === null && (
        <p class="ct-notice ct-period-unknown">{t('overlay.periodUnknown')}</p>
      )}
      {reports.groups.length > 0 && (
        <ul class="ct-groups">
          {reports.groups.map((group) => (
            <ValueGroup
              key={`${group.value}:${group.qualifier}:${group.vagueTerm ?? ''}`}
              group={group}
              linker={linker}
            />
          ))}
        </ul>
      )}
      {reports.series.length > 0 && (
        <RunningTally series={reports.series} pageFigure={pageFigure} metricLabel={reports.metric.label} />
      )}
      {reports.otherPeriods.map((section) => (
        <PeriodSection key={section.period ?? ''} section={section} linker={linker} />
      ))}
    </>
  );
}
