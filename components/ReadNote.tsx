import { useRef, useState } from 'preact/hooks';
import { historyLine, readLine } from '../utils/overlay/ledger-format';
import type { ReportLinker } from '../utils/overlay/links';
import type { Report } from '../utils/store/types';
import { ReadCorrection } from './ReadCorrection';

/** The words of this note's buttons, in one place (for the translation catalogs). */
const WORDS = {
  remove: 'Remove',
  removeLabel: 'Remove this figure of {carrier} from your reading ledger',
  correct: 'Correct',
  correctLabel: 'Correct this figure of {carrier}',
  corrected: 'Corrected. It stays corrected when you read the page again.',
};

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
            aria-label={WORDS.correctLabel.replace('{carrier}', carrier)}
            onClick={() => {
              setCorrected(false);
              setCorrecting(true);
            }}
          >
            {WORDS.correct}
          </button>
        )}
        {linker.onForget && (
          <button
            type="button"
            class="ct-read-forget"
            aria-label={WORDS.removeLabel.replace('{carrier}', carrier)}
            onClick={() => linker.onForget?.(report)}
          >
            {WORDS.remove}
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
      {corrected && <p role="status">{WORDS.corrected}</p>}
    </div>
  );
}
