/**
 * The overlay's only container in the page: one `<crosstally-overlay>` host on
 * documentElement with a closed shadow root, rendered with Preact.
 *
 * - Closed shadow root: the overlay shows the reader's own store (which outlets
 *   and quotes they saved); a page script must not read it through
 *   host.shadowRoot. Tests can open it (the page context's `shadowMode`), or see it through
 *   screenshots and the accessibility tree.
 * - Top layer: the host is a `popover="manual"` shown with showPopover(), which
 *   escapes page z-index wars and transformed ancestors (Chromium 114+,
 *   Firefox 125+). Without popover support it is a max-z-index fixed box, and
 *   the frame subtracts the host's measured origin, which a transform on html
 *   would move.
 * - One overlay at a time per document: opening one (a figure's, or the check
 *   overlay, which has its own host) closes any other.
 */
import { type ComponentChildren, h, render } from 'preact';
import checkCss from '../../components/check-overlay.css?inline';
import { FigureOverlay } from '../../components/FigureOverlay';
import { OverlayFrame } from '../../components/OverlayFrame';
import overlayCss from '../../components/overlay.css?inline';
import periodsCss from '../../components/periods-overlay.css?inline';
import type { ReportLinker } from '../overlay/links';
import type { AnchorRect } from '../overlay/position';
import type { OverlayCloseReason, OverlayContent } from '../overlay/types';
import type { PageFigure } from '../store/types';
import type { PageContext } from './page-context';

export const OVERLAY_TAG = 'crosstally-overlay';

/** What the host needs of the page (page-context.ts): aborting `signal` removes it and every listener. */
export type OverlayHostContext = Pick<PageContext, 'signal' | 'doc' | 'shadowMode'>;

export interface OverlayHostOptions {
  /** Turns reports into links (reader page for seeds, text fragments for web sources). */
  linker: ReportLinker;
  /** Stylesheet text; defaults to components/overlay.css, periods-overlay.css and check-overlay.css. */
  css?: string;
}

export interface OverlayOpenOptions {
  /** The figure's current client rect, read on every reposition; null when the figure is gone (closes). */
  anchor: () => AnchorRect | null;
  pageFigure: PageFigure;
  /** The figure as written on the page ("dozens of helicopters"). */
  pageFigureText?: string;
  /** The metric's label, shown while the reports load. */
  metricLabel?: string;
  /** A sentence shown under the page's figure (a saved claim whose number the page has changed since). */
  notice?: string;
  content: OverlayContent;
  /** Called once whenever this overlay closes, whatever closed it. */
  onClose?: (reason: OverlayCloseReason) => void;
  /** Puts focus back where the reader was; default: the element focused before opening. */
  restoreFocus?: () => void;
  /** Shown below the reports (the reading ledger's consent question). */
  footer?: ComponentChildren;
}

/** A dialog other than a figure's reports (the check overlay), drawn by its owner. */
export interface OverlayViewOptions {
  anchor: () => AnchorRect | null;
  /** The dialog; called again on every redraw. `close` closes the overlay. */
  render: (close: (reason: OverlayCloseReason) => void) => ComponentChildren;
  onClose?: (reason: OverlayCloseReason) => void;
  restoreFocus?: () => void;
}

export interface OverlayViewSession {
  /** Draws the view again (its owner's state changed), without moving focus. Ignored once stale. */
  redraw(): void;
  close(reason?: OverlayCloseReason): void;
  isCurrent(): boolean;
}

type Shown = OverlayOpenOptions | OverlayViewOptions;

/** The host with an overlay open, per document: opening another closes it. */
const openHosts = new WeakMap<Document, OverlayHost>();

/** One opening of the overlay. Stale once it closes or another figure opens. */
export interface OverlaySession {
  /**
   * Replaces the content (loading -> reports), and the footer when one is given, without moving
   * focus. Ignored once stale, so a slow answer for one figure never lands in another's overlay.
   */
  update(content: OverlayContent, footer?: ComponentChildren): void;
  /** Closes the overlay if this session is still the one shown. */
  close(reason?: OverlayCloseReason): void;
  isCurrent(): boolean;
}

export interface OverlayHost {
  /** Shows the overlay for a figure, replacing any open one. */
  open(options: OverlayOpenOptions): OverlaySession;
  /** Shows another dialog in the same frame, replacing any open overlay. */
  openView(options: OverlayViewOptions): OverlayViewSession;
  /** Closes whatever overlay is open. */
  close(reason?: OverlayCloseReason): void;
  isOpen(): boolean;
  /** Removes the host and its listeners; later calls do nothing. */
  destroy(): void;
}

interface Shell {
  host: HTMLElement;
  root: HTMLElement;
}

export function createOverlayHost(context: OverlayHostContext, options: OverlayHostOptions): OverlayHost {
  const { signal, doc, shadowMode } = context;
  const { linker, css = overlayCss + periodsCss + checkCss } = options;
  let shell: Shell | null = null;
  let current: Shown | null = null;
  let returnFocus: HTMLElement | null = null;
  let openCount = 0;
  let destroyed = false;

  const ensureShell = (): Shell => {
    if (!shell) shell = buildShell(doc, shadowMode, css);
    // A page that rewrites <html>'s children may have dropped the host.
    if (!shell.host.isConnected) doc.documentElement.append(shell.host);
    return shell;
  };

  const draw = () => {
    if (!shell || !current) return;
    const shown = current;
    const frame = h(OverlayFrame, {
      key: openCount,
      host: shell.host,
      getAnchorRect: shown.anchor,
      onOutsidePointer: () => close('outside'),
      onAnchorLost: () => close('anchor-lost'),
      children:
        'render' in shown
          ? shown.render((reason) => close(reason))
          : h(FigureOverlay, {
              pageFigure: shown.pageFigure,
              pageFigureText: shown.pageFigureText,
              metricLabel: shown.metricLabel,
              notice: shown.notice,
              content: shown.content,
              footer: shown.footer,
              linker,
              onClose: (reason) => close(reason),
            }),
    });
    render(frame, shell.root);
  };

  function close(reason: OverlayCloseReason = 'api'): void {
    if (!current || !shell) return;
    const closing = current;
    const focusWasInside = doc.activeElement === shell.host;
    current = null;
    if (openHosts.get(doc) === api) openHosts.delete(doc);
    render(null, shell.root);
    hidePopover(shell.host);
    if (reason !== 'outside' && (focusWasInside || doc.activeElement === doc.body)) {
      if (closing.restoreFocus) closing.restoreFocus();
      else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
    closing.onClose?.(reason);
  }

  function destroy(): void {
    if (destroyed) return;
    close('destroy');
    destroyed = true;
    if (shell) {
      render(null, shell.root);
      shell.host.remove();
      shell = null;
    }
    signal.removeEventListener('abort', destroy);
  }

  const staleSession: OverlaySession & OverlayViewSession = {
    update() {},
    redraw() {},
    close() {},
    isCurrent: () => false,
  };

  /** Shows `shown` and returns whether it is still the one open. */
  function show(shown: Shown): () => boolean {
    const { host } = ensureShell();
    const other = openHosts.get(doc);
    if (other && other !== api) other.close('replaced');
    if (current) {
      const replaced = current;
      current = null;
      replaced.onClose?.('replaced');
    } else {
      returnFocus = deepActiveElement(doc);
    }
    current = shown;
    openHosts.set(doc, api);
    openCount += 1;
    const session = openCount;
    showPopover(host);
    draw();
    return () => current !== null && openCount === session;
  }

  const api: OverlayHost = {
    open(openOptions) {
      if (destroyed) return staleSession;
      const isCurrent = show(openOptions);
      return {
        update(content, footer) {
          if (!isCurrent() || !current || 'render' in current) return;
          current = { ...current, content, ...(footer !== undefined ? { footer } : {}) };
          draw();
        },
        close(reason) {
          if (isCurrent()) close(reason);
        },
        isCurrent,
      };
    },
    openView(viewOptions) {
      if (destroyed) return staleSession;
      const isCurrent = show(viewOptions);
      return {
        redraw() {
          if (isCurrent()) draw();
        },
        close(reason) {
          if (isCurrent()) close(reason);
        },
        isCurrent,
      };
    },
    close,
    isOpen: () => current !== null,
    destroy,
  };

  if (signal.aborted) destroy();
  else signal.addEventListener('abort', destroy, { once: true });
  return api;
}

function buildShell(doc: Document, mode: ShadowRootMode, css: string): Shell {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('data-crosstally-ui', '');
  if (supportsPopover(host)) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = css;
  const root = doc.createElement('div');
  root.className = 'ct-root';
  shadow.append(style, root);
  // Keys typed in the overlay are ours: the page's shortcuts must not act on them.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  doc.documentElement.append(host);
  return { host, root };
}

function supportsPopover(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

// Both throw when the host is already in (or out of) the top layer, or detached mid-call;
// the fixed, max-z-index fallback still shows it then.
function showPopover(host: HTMLElement): void {
  if (!supportsPopover(host)) return;
  try {
    host.showPopover();
  } catch {}
}

function hidePopover(host: HTMLElement): void {
  if (!supportsPopover(host)) return;
  try {
    host.hidePopover();
  } catch {}
}

/** The focused element, looking through open shadow roots (a page's web components). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}
