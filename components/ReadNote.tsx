import { useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n/translate';
import { historyLine, readLine } from '../utils/overlay/ledger-format';
import type { ReportLinker } from '../utils/overlay/links';
import type { Report } from '../utils/store/types';
import { ReadCorrection } from './ReadCorrection';

export interface ReadNoteProps {
  report: Report;
  linker: ReportLinker;
}

/**
 * Under a report from a page the reader read: when, what it said before, and ways to remove it
 * or correct it (its number, whose losses) when the engine misread the page.
 */
export function ReadNote({ report, linker }: ReadNoteProps) {
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState(false);
  const note = useRef<HTMLDivElement>(null);
  const read = readLine(report);
  if (!read) return null;
  const history = historyLine(report);
  const carrier = report.outlet ?? report.sourceLabel;
  const onCorrect = linker.onCorrect;
  return (
    <div class="ct-read" ref={note}>
      <p>
        <span>{read}</span>
        {history && <span class="ct-read-history">. {history}</span>}
        {onCorrect && !correcting && (
          <button
            type="button"
            class="ct-read-forget"
            aria-label={t('read.correctLabel', { outlet: carrier })}
            onClick={() => {
              setCorrected(false);
              setCorrecting(true);
            }}
          >
            {t('read.correct')}
          </button>
        )}
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
      {onCorrect && correcting && (
        <ReadCorrection
          report={report}
          onCancel={() => setCorrecting(false)}
          onSubmit={async (correction) => {
            const failed = await onCorrect(report, correction);
            if (failed === null) {
              // The form goes, and the report may move to its new value's group: focus stays in
              // the overlay, on its heading, whose status line then reads the new values out.
              note.current
                ?.closest('[role="dialog"]')
                ?.querySelector<HTMLElement>('h2[tabindex]')
                ?.focus({ preventScroll: true });
              setCorrecting(false);
              setCorrected(true);
            }
            return failed;
          }}
        />
      )}
      {corrected && <p role="status">{t('read.corrected')}</p>}
    </div>
  );
}
