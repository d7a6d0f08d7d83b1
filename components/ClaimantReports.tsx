import type { ReportLinker } from '../utils/overlay/links';
import type { ClaimantReports as ClaimantReportsData } from '../utils/store/types';
import { ClaimantName } from './ClaimantName';
import { ReportItem } from './ReportItem';

export interface ClaimantReportsProps {
  /** One claimant (or none named) and the reports that carry its figure. */
  entry: ClaimantReportsData;
  linker: ReportLinker;
}

/** A claimant with party tag, then every outlet's report of its figure. */
export function ClaimantReports({ entry, linker }: ClaimantReportsProps) {
  return (
    <li class="ct-claimant">
      <ClaimantName claimant={entry.claimant} />
      <ul class="ct-reports">
        {entry.reports.map((report) => (
          <ReportItem key={report.claimId} report={report} linker={linker} />
        ))}
      </ul>
    </li>
  );
}
