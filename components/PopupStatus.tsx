import type { CoverageEvidence } from '../utils/engine/types';
import { t, tn } from '../utils/i18n/translate';
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
        <p class="ct-status-why">{t('popup.why', { evidence: evidenceList(status.coverage.evidence) })}</p>
      )}
    </section>
  );
}

function statusSentence(status: TabStatus): string {
  switch (status.kind) {
    case 'loading':
      return t('popup.loading');
    case 'unsupported':
      // Browser pages and files never get the content script; web pages opened before install get it on reload.
      return t('popup.unsupported');
    case 'disabled':
      return t('popup.disabled', { site: status.hostname });
    case 'not-coverage':
      return t('popup.notCoverage', { score: status.coverage.score });
    case 'coverage': {
      const stopped =
        status.markedChars === undefined ? '' : ` ${t('popup.stopped', { chars: status.markedChars })}`;
      return `${tn('popup.coverage', status.figureCount)}${stopped}`;
    }
  }
}

/** "Karabakh in title, Azerbaijan ×5, against: Ukraine ×2", strongest first. */
function evidenceList(evidence: readonly CoverageEvidence[]): string {
  const describe = (e: CoverageEvidence) =>
    `${e.where === 'body' ? e.cue : t('popup.cueIn', { cue: e.cue, where: t(`popup.where.${e.where}`) })}${e.count > 1 ? ` ×${e.count}` : ''}`;
  const byWeight = [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const pro = byWeight.filter((e) => e.weight > 0).map(describe);
  const against = byWeight.filter((e) => e.weight < 0).map(describe);
  return [...pro, ...(against.length ? [t('popup.against', { cues: against.join(', ') })] : [])].join(', ');
}
