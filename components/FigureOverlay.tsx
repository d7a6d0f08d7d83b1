import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { packLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import { overlayTitle, summaryLine } from '../utils/overlay/format';
import type { ReportLinker } from '../utils/overlay/links';
import { periodLabel } from '../utils/overlay/period-label';
import type { OverlayContent } from '../utils/overlay/types';
import type { PageFigure } from '../utils/store/types';
import { OverlayReports } from './OverlayReports';
import { PageFigureLine } from './PageFigureLine';

export interface FigureOverlayProps {
  /** The figure the reader opened, as found on this page; none when a check found no figure. */
  pageFigure?: PageFigure;
  /** The figure as written on the page, used to name a vague value ("dozens"). */
  pageFigureText?: string;
  /** The metric's label when known before the reports arrive (from the topic pack). */
  metricLabel?: string;
  /** Said under the page's figure: a saved claim's number changed on the page since it was saved. */
  notice?: string;
  /** Loading, the background's reports, or its error. */
  content: OverlayContent;
  linker: ReportLinker;
  /** The reader asked to close (Esc or the close button). */
  onClose: (reason: 'escape' | 'button') => void;
  /** Move focus to the heading when shown; default true. */
  autoFocus?: boolean;
  /** Replaces the heading worked out from the figure (the check overlay's answers). */
  title?: string;
  /** Replaces the status line worked out from `content`. */
  statusText?: string;
  /** Shown above the status line (the check overlay's figure choices or metric picker). */
  children?: ComponentChildren;
  /** Shown below the reports (the check overlay's "Add to the claim store"). */
  footer?: ComponentChildren;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The dialog beside a figure: what is counted over which period, this page's figure and
 * claimant, a one-line summary, then every stored report grouped by period and value.
 *
 * aria-modal is false: the page stays live (it scrolls, an outside click closes
 * the overlay), so telling a screen reader the rest is inert would be a lie.
 * Tab still wraps inside, because the host sits at the end of the document,
 * far from the figure: tabbing out would drop the reader at the page's end.
 */
export function FigureOverlay(props: FigureOverlayProps) {
  const {
    pageFigure,
    pageFigureText,
    metricLabel,
    notice,
    content,
    linker,
    onClose,
    autoFocus = true,
    children,
    footer,
  } = props;
  const headingId = useId();
  const descriptionId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const reports = content.status === 'ready' ? content.reports : null;
  const englishLabel = reports?.metric.label ?? metricLabel;
  const label = englishLabel && packLabel(englishLabel);
  const titlePeriod = reports?.period ?? pageFigure?.period;
  const title =
    props.title ??
    (label
      ? overlayTitle(pageFigure?.side ?? null, label, titlePeriod ? periodLabel(titlePeriod) : null)
      : t('overlay.otherReports'));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose('escape');
    } else if (event.key === 'Tab' && dialogRef.current) {
      wrapTab(event, dialogRef.current);
    }
  };

  return (
    <div
      ref={dialogRef}
      class="ct-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      aria-busy={content.status === 'loading'}
      onKeyDown={onKeyDown}
    >
      <div class="ct-head">
        <h2 id={headingId} ref={headingRef} class="ct-title" tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          class="ct-close"
          aria-label={t('overlay.close')}
          onClick={() => onClose('button')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {pageFigure && <PageFigureLine pageFigure={pageFigure} pageFigureText={pageFigureText} />}
      {notice && <p class="ct-notice">{notice}</p>}
      {children}
      {/* One element for every state, so a screen reader announces the change as a status. */}
      <p
        id={descriptionId}
        class={reports?.summary.reports ? 'ct-summary' : 'ct-state'}
        data-state={content.status}
        role="status"
      >
        {props.statusText ?? describe(content)}
      </p>
      {reports && <OverlayReports reports={reports} pageFigure={pageFigure} linker={linker} />}
      {footer}
    </div>
  );
}

function describe(content: OverlayContent): string {
  switch (content.status) {
    case 'loading':
      return t('overlay.loading');
    case 'error':
      return t('overlay.error', { message: content.message });
    case 'ready':
      return content.reports.summary.reports === 0
        ? t('overlay.noReports')
        : summaryLine(content.reports.summary);
  }
}

/** Keeps Tab and Shift+Tab cycling through the dialog's controls. */
function wrapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const current = event.target;
  const atStart = current === first || current === dialog.querySelector('.ct-title');
  if (event.shiftKey && atStart) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && current === last) {
    event.preventDefault();
    first.focus();
  }
}
