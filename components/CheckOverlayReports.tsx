import type { ReportLinker } from '../utils/overlay/links';
import type { OverlayContent } from '../utils/overlay/types';
import { describeReports } from './FigureOverlay';
import { ValueGroup } from './ValueGroup';

export interface CheckOverlayReportsProps {
  /** Loading, the reports for the figure's metric, or the background's error. */
  content: OverlayContent;
  linker: ReportLinker;
  /** Id of the status line, which describes the dialog. */
  statusId: string;
}

/** The reports for the checked figure, drawn as a marked figure's overlay draws them. */
export function CheckOverlayReports({ content, linker, statusId }: CheckOverlayReportsProps) {
  const reports = content.status === 'ready' ? content.reports : null;
  return (
    <>
      <p
        id={statusId}
        class={reports?.groups.length ? 'ct-summary' : 'ct-state'}
        data-state={content.status}
        role="status"
      >
        {describeReports(content)}
      </p>
      {reports && reports.groups.length > 0 && (
        <ul class="ct-groups">
          {reports.groups.map((group) => (
            <ValueGroup key={`${group.value}:${group.qualifier}`} group={group} linker={linker} />
          ))}
        </ul>
      )}
    </>
  );
}
