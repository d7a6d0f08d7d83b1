import { formatValue } from '../utils/overlay/format';
import type { ReportLinker } from '../utils/overlay/links';
import type { ValueGroup as ValueGroupData } from '../utils/store/types';
import { AgreementBadge } from './AgreementBadge';
import { ClaimantReports } from './ClaimantReports';

export interface ValueGroupProps {
  group: ValueGroupData;
  linker: ReportLinker;
  /** False for reports of another period: listed, never marked as agreeing or differing. */
  compared?: boolean;
}

/** Reports that give one value: the value, whether it agrees with the page, and its claimants. */
export function ValueGroup({ group, linker, compared = true }: ValueGroupProps) {
  const Heading = compared ? 'h3' : 'h4';
  const firstReport = group.claimants[0]?.reports[0];
  const figureText = firstReport?.quote.slice(firstReport.quoteFigureStart, firstReport.quoteFigureEnd);
  return (
    <li class="ct-group" data-agreement={group.agreement}>
      <Heading class="ct-group-head">
        <span class="ct-value">{formatValue(group.value, group.qualifier, figureText)}</span>
        {compared && <AgreementBadge agreement={group.agreement} />}
      </Heading>
      <ul class="ct-claimants">
        {group.claimants.map((entry) => (
          <ClaimantReports key={entry.claimant?.id ?? 'none'} entry={entry} linker={linker} />
        ))}
      </ul>
    </li>
  );
}
