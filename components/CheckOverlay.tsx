import { useEffect, useId, useRef } from 'preact/hooks';
import type { ClaimFormValues } from '../utils/content/check-draft';
import type { CheckView, SaveOutcome, ShownFigure } from '../utils/content/check-view';
import { eventDateLabel, overlayTitle } from '../utils/overlay/format';
import type { ReportLinker } from '../utils/overlay/links';
import { CheckOverlayFigure } from './CheckOverlayFigure';
import { CheckOverlayReports } from './CheckOverlayReports';
import { CheckOverlaySave } from './CheckOverlaySave';
import { wrapTab } from './FigureOverlay';
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

function titleOf(view: CheckView): string {
  const shown = view.kind === 'figure' || view.kind === 'no-metric' ? view.shown : null;
  if (shown) {
    const reports = shown.reports.status === 'ready' ? shown.reports.reports : null;
    const dates = reports?.groups.flatMap((g) =>
      g.claimants.flatMap((c) => c.reports.map((r) => r.eventDate)),
    );
    return overlayTitle(
      shown.figure.side,
      reports?.metric.label ?? shown.metricLabel,
      eventDateLabel(dates ?? []),
    );
  }
  if (view.kind === 'no-metric') return 'What does this number count?';
  return view.kind === 'loading' ? 'Checking the selection…' : 'Check this figure';
}

/**
 * The dialog "Check this figure" opens at a selection: the figure the engine read in it, with
 * its claimant, and the reports for its metric as a marked figure's overlay shows them; or a
 * plain answer (no number, too long, a frame); or, with no metric recognised, the nearest
 * candidates to pick from. Then "Add to the claim store".
 */
export function CheckOverlay(props: CheckOverlayProps) {
  const { view, linker, onClose, onChooseFigure, onPickMetric, onSave } = props;
  const headingId = useId();
  const statusId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose('escape');
    } else if (event.key === 'Tab' && dialogRef.current) {
      wrapTab(event, dialogRef.current);
    }
  };

  const figureBody = (shown: ShownFigure, saveKey: string) =>
    view.kind !== 'figure' && view.kind !== 'no-metric' ? null : (
      <>
        <CheckOverlayFigure shown={shown} />
        <CheckOverlayReports content={shown.reports} linker={linker} statusId={statusId} />
        {view.save && (
          <CheckOverlaySave
            key={saveKey}
            offer={view.save}
            metrics={view.metrics}
            claimants={view.claimants}
            onSave={onSave}
          />
        )}
      </>
    );

  return (
    <div
      ref={dialogRef}
      class="ct-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={statusId}
      aria-busy={view.kind === 'loading'}
      data-check={view.kind === 'message' ? view.answer : view.kind}
      onKeyDown={onKeyDown}
    >
      <div class="ct-head">
        <h2 id={headingId} ref={headingRef} class="ct-title" tabIndex={-1}>
          {titleOf(view)}
        </h2>
        <button type="button" class="ct-close" aria-label="Close" onClick={() => onClose('button')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {view.kind === 'loading' && (
        <p id={statusId} class="ct-state" role="status">
          Reading the figure…
        </p>
      )}
      {view.kind === 'message' && (
        <p id={statusId} class="ct-state" role="status">
          {view.text}
        </p>
      )}
      {view.kind === 'figure' && view.choices.length > 1 && (
        <ul class="ct-choices" aria-label="Figures in the selection">
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
      {view.kind === 'figure' && figureBody(view.shown, String(view.chosen))}
      {view.kind === 'no-metric' && (
        <>
          <p id={view.shown ? undefined : statusId} class="ct-state" role={view.shown ? undefined : 'status'}>
            Crosstally does not recognise what this number counts
            {view.shown ? '.' : '. Pick what it counts to see the reports.'}
          </p>
          <MetricPicker
            candidates={view.candidates}
            metrics={view.metrics}
            picked={view.shown?.figure.metric ?? null}
            onPick={onPickMetric}
          />
          {view.shown && figureBody(view.shown, view.shown.figure.metric)}
        </>
      )}
    </div>
  );
}
