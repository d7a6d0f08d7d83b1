import { t } from '../utils/i18n/translate';
import { historyLine, readLine } from '../utils/overlay/ledger-format';
import type { ReportLinker } from '../utils/overlay/links';
import type { Report } from '../utils/store/types';

export interface ReadNoteProps {
  report: Report;
  linker: ReportLinker;
}

/** Under a report from a page the reader read: when, what it said before, and a way to remove it. */
export function ReadNote({ report, linker }: ReadNoteProps) {
  const read = readLine(report);
  if (!read) return null;
  const history = historyLine(report);
  const carrier = report.outlet ?? report.sourceLabel;
  return (
    <p class="ct-read">
      <span>{read}</span>
      {history && <span class="ct-read-history">. {history}</span>}
      {linker.onForget && (
        <button
          type="button"
          class="ct-read-forget"
          aria-label={t('read.removeLabel', { outlet: carrier })}
          onClick={() => linker.onForget?.(report)}
        >
          {t('read.remove')}
        </button>
      )}
    </p>
  );
}
