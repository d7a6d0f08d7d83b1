import type { CoverageEvidence } from '../utils/engine/types';
import type { TabStatus } from '../utils/messaging/tab-view';

export interface PopupStatusProps {
  status: TabStatus;
}

/** The tab's status in one sentence, and why: the cues the coverage test found. */
export function PopupStatus({ status }: PopupStatusProps) {
  return (
    <section class="ct-status" data-status={status.kind} aria-live="polite">
      <p class="ct-status-line">{statusSentence(status)}</p>
      {'coverage' in status && status.coverage.evidence.length > 0 && (
        <p class="ct-status-why">Why: {evidenceList(status.coverage.evidence)}</p>
      )}
    </section>
  );
}

function statusSentence(status: TabStatus): string {
  switch (status.kind) {
    case 'loading':
      return 'Checking this page…';
    case 'unsupported':
      // Browser pages and files never get the content script; web pages opened before install get it on reload.
      return 'Crosstally does not run on this page. If it is a web page opened before Crosstally was installed or updated, reload it.';
    case 'disabled':
      return `Marking is off on ${status.hostname}.`;
    case 'not-coverage':
      return `Not Nagorno-Karabakh coverage (score ${status.coverage.score}): nothing is marked.`;
    case 'coverage': {
      const n = status.figureCount;
      const stopped =
        status.markedChars === undefined
          ? ''
          : ` The page is longer than Crosstally reads: marking stopped after its first ${status.markedChars.toLocaleString('en')} characters.`;
      return `Nagorno-Karabakh coverage: ${n} ${n === 1 ? 'figure' : 'figures'} with reports in your store.${stopped}`;
    }
  }
}

/** "Karabakh in title, Azerbaijan ×5, against: Ukraine ×2", strongest first. */
function evidenceList(evidence: readonly CoverageEvidence[]): string {
  const describe = (e: CoverageEvidence) =>
    `${e.cue}${e.where === 'body' ? '' : ` in ${e.where}`}${e.count > 1 ? ` ×${e.count}` : ''}`;
  const byWeight = [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const pro = byWeight.filter((e) => e.weight > 0).map(describe);
  const against = byWeight.filter((e) => e.weight < 0).map(describe);
  return [...pro, ...(against.length ? [`against: ${against.join(', ')}`] : [])].join(', ');
}
