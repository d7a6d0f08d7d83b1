import { t } from '../utils/i18n/translate';
import { type ReportLinker, reportLink } from '../utils/overlay/links';
import type { Report } from '../utils/store/types';
import { FigureQuote } from './FigureQuote';
import { ReadNote } from './ReadNote';

export interface ReportItemProps {
  report: Report;
  linker: ReportLinker;
}

/**
 * One report: who carried it (the outlet, or the source's honest label when the
 * outlet is unknown), linked to the passage, and the quote with the figure marked.
 */
export function ReportItem({ report, linker }: ReportItemProps) {
  const carrier = report.outlet ?? report.sourceLabel;
  const link = reportLink(report, linker.readerUrl);
  const onClick = (event: MouseEvent) => {
    if (!link || !linker.onOpen) return;
    event.preventDefault();
    linker.onOpen(link.href, report);
  };
  return (
    <li class="ct-report">
      <div class="ct-outlet">
        {link ? (
          <a
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            data-link-kind={link.kind}
            onClick={onClick}
          >
            {carrier}
          </a>
        ) : (
          carrier
        )}
        {report.pack && <span class="ct-pack">{t('overlay.fromPack', { pack: report.pack })}</span>}
      </div>
      <FigureQuote
        quote={report.quote}
        figureStart={report.quoteFigureStart}
        figureEnd={report.quoteFigureEnd}
      />
      <ReadNote report={report} linker={linker} />
    </li>
  );
}
