/**
 * Opens the overlay for a marked figure: shows it at once with the metric's label, asks the
 * background for the reports of that exact figure (agreement depends on its value), and turns
 * report links into reader tabs opened by the background.
 */
import type { ComponentChildren } from 'preact';
import type { Figure } from '../engine/types';
import { errorText } from '../i18n/error-text';
import type { ReportLinker } from '../overlay/links';
import type { AnchorRect } from '../overlay/position';
import type { OverlayCloseReason } from '../overlay/types';
import { readerClaimPath } from '../reader/location';
import { toPageFigure } from './figure-entries';
import { createOverlayHost, type OverlayHost } from './overlay-mount';
import type { PageContext } from './page-context';

/**
 * What the overlays ask the marking session about what it marked: one narrow interface (the
 * session implements it), so the overlay never reaches into the session's state.
 */
export interface MarkedFigures {
  /** The figure behind a mark id, with what its overlay says under it; undefined once unmarked. */
  figure(id: string): { figure: Figure; notice?: string } | undefined;
  /** Human label of a metric id, as the background named it. */
  metricLabel(metric: string): string | undefined;
  /** The stored source this page is, when the store has it (its own reports are not "other outlets"). */
  pageSourceId(): string | null;
  /**
   * Resolves once the background answered what it keeps of this page (the reading ledger): until
   * then the page's own source and the ledger's question are not known, so an overlay opened
   * right after the marks appear waits for it before asking for reports.
   */
  pageSettled(): Promise<void>;
  /** What the foot of a figure's overlay shows when it opens (the reading ledger's question), if anything. */
  overlayFooter(): ComponentChildren | undefined;
}

export interface FigureOverlay {
  /**
   * Shows the overlay beside `range` for `figure`, replacing any open one; `notice` is said under the
   * figure, the marked figures' footer at its foot (the reading ledger's question).
   */
  open(figure: Figure, range: Range, onClose?: (reason: OverlayCloseReason) => void, notice?: string): void;
  close(): void;
  isOpen(): boolean;
}

/** The range's box while its text is on the page; null once the page removed it (the overlay closes). */
export function anchorRectOf(range: Range): AnchorRect | null {
  if (!range.startContainer.isConnected || range.collapsed) return null;
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

/** Report links: seed documents open in the reader page (through the background), web sources in a new tab. */
export function createReportLinker({ send, doc, extensionRoot }: PageContext): ReportLinker {
  return {
    readerUrl: (report) => new URL(readerClaimPath(report.sourceId, report.claimId), extensionRoot).href,
    onOpen: (href, report) => {
      if (href.startsWith(extensionRoot)) {
        void send({ type: 'openReader', sourceId: report.sourceId, claimId: report.claimId });
      } else {
        doc.defaultView?.open(href, '_blank', 'noopener,noreferrer');
      }
    },
  };
}

export function createFigureOverlay(
  context: PageContext,
  marked: Pick<MarkedFigures, 'metricLabel' | 'pageSourceId' | 'pageSettled' | 'overlayFooter'>,
): FigureOverlay {
  const { send } = context;
  /** Asks for the open overlay's reports again (after the reader removed or corrected a read one). */
  let reload: (() => void) | null = null;
  const linker: ReportLinker = {
    ...createReportLinker(context),
    onForget: (report) => {
      void send({ type: 'forgetReadClaim', claimId: report.claimId }).then(() => reload?.());
    },
    onCorrect: async (report, correction) => {
      const response = await send({ type: 'correctReadClaim', claimId: report.claimId, ...correction });
      if (!response.ok) return errorText(response.error);
      reload?.();
      return null;
    },
  };
  let host: OverlayHost | null = null;

  return {
    open(figure, range, onClose, notice) {
      host ??= createOverlayHost(context, { linker });
      const session = host.open({
        anchor: () => anchorRectOf(range),
        pageFigure: toPageFigure(figure, marked.pageSourceId()),
        pageFigureText: figure.text,
        metricLabel: marked.metricLabel(figure.metric),
        notice,
        footer: marked.overlayFooter(),
        content: { status: 'loading' },
        onClose,
      });
      const load = async () => {
        await marked.pageSettled();
        const pageFigure = toPageFigure(figure, marked.pageSourceId());
        const response = await send({ type: 'getReports', figure: pageFigure });
        session.update(
          response.ok
            ? { status: 'ready', reports: response.data }
            : { status: 'error', message: errorText(response.error) },
          marked.overlayFooter(),
        );
      };
      reload = () => {
        if (session.isCurrent()) void load();
      };
      void load();
    },
    close() {
      host?.close();
    },
    isOpen: () => host?.isOpen() ?? false,
  };
}
