import type { ClaimFormValues } from '../utils/claim-form/claim-form';
import { t } from '../utils/i18n/translate';
import type { CheckView, SaveOutcome } from '../utils/overlay/check-view';
import type { ReportLinker } from '../utils/overlay/links';
import { AddClaimForm } from './AddClaimForm';
import { FigureOverlay } from './FigureOverlay';
import { MetricPicker } from './MetricPicker';

export interface CheckOverlayProps {
  /** What the check found, or where it is at. */
  view: CheckView;
  linker: ReportLinker;
  /** The reader asked to close (Esc or the close button). */
  onClose: (reason: 'escape' | 'button') => void;
  /** The reader chose another figure of a selection holding several. */
  onChooseFigure: (index: number) => void;
  /** The reader said what an unrecognised number counts. */
  onPickMetric: (metricId: string) => void;
  onSave: (values: ClaimFormValues) => Promise<SaveOutcome>;
}

/**
 * The dialog "Check this figure" opens at a selection, drawn as a marked figure's overlay: what
 * is counted, whose losses and the value (heading and page line), the claimant from the
 * sentence, then the reports for that metric. Or a plain answer (no number, too long, a
 * frame), or, with no metric recognised, the nearest candidates to pick from. Then "Add to the
 * claim store".
 */
export function CheckOverlay({
  view,
  linker,
  onClose,
  onChooseFigure,
  onPickMetric,
  onSave,
}: CheckOverlayProps) {
  const found = view.kind === 'figure' || view.kind === 'no-metric' ? view : null;
  const shown = found?.shown;
  const answer =
    view.kind === 'loading'
      ? t('check.reading')
      : view.kind === 'message'
        ? view.text
        : `${t('check.noMetric')} ${t('check.pickMetric')}`;
  return (
    <FigureOverlay
      pageFigure={shown?.figure}
      pageFigureText={shown?.text}
      metricLabel={shown?.metricLabel}
      title={shown ? undefined : view.kind === 'no-metric' ? t('check.whatCounts') : t('check.title')}
      content={
        shown?.reports ??
        (view.kind === 'loading' ? { status: 'loading' } : { status: 'error', message: answer })
      }
      statusText={shown ? undefined : answer}
      linker={linker}
      onClose={onClose}
      footer={
        found?.save && (
          <AddClaimForm
            key={`${view.kind === 'figure' ? view.chosen : shown?.figure.metric}`}
            offer={found.save}
            metrics={found.metrics}
            claimants={found.claimants}
            onSave={onSave}
          />
        )
      }
    >
      {view.kind === 'figure' && view.choices.length > 1 && (
        <ul class="ct-choices" aria-label={t('check.choices')}>
          {view.choices.map((choice, index) => (
            <li key={`${index}:${choice}`}>
              <button
                type="button"
                class="ct-button"
                aria-pressed={index === view.chosen}
                onClick={() => onChooseFigure(index)}
              >
                {choice}
              </button>
            </li>
          ))}
        </ul>
      )}
      {view.kind === 'no-metric' && (
        <>
          {shown && <p class="ct-state">{t('check.noMetric')}</p>}
          <MetricPicker
            candidates={view.candidates}
            metrics={view.metrics}
            picked={shown?.figure.metric ?? null}
            onPick={onPickMetric}
          />
        </>
      )}
    </FigureOverlay>
  );
}
