/**
 * The in-page parts of marking, created only once a page turns out to be coverage: the
 * highlighter, the overlay, the screen-reader live region, and the pointer and keyboard paths to
 * marks. Everything is removed when `signal` aborts.
 */

import type { ComponentChildren } from 'preact';
import { createHighlighter, type Highlighter } from '../dom/highlighter';
import { attachMarkPointer } from '../dom/hit-test';
import { attachFigureKeys } from '../dom/keyboard';
import { createLiveRegion, figureAnnouncement } from '../dom/live-region';
import type { PointerRelay } from '../dom/pointer-relay';
import { scrollRangeIntoView } from '../dom/scroll';
import type { Mark } from '../dom/types';
import type { Figure } from '../engine/types';
import type { SendRequest } from '../messaging/protocol';
import { createFigureOverlay, type FigureOverlay } from './figure-overlay';

export interface PageUiOptions {
  signal: AbortSignal;
  doc: Document;
  send: SendRequest;
  /** Human label of a metric id, as the background named it. */
  metricLabel: (metric: string) => string | undefined;
  /** The stored source this page is, when the store has it. */
  pageSourceId?: () => string | null;
  /** The figure behind a mark id, or undefined when it is no longer marked. */
  figureOf: (id: string) => Figure | undefined;
  /** What the overlay of a mark says under its figure, if anything (a saved claim the page changed). */
  noticeOf?: (id: string) => string | undefined;
  /** Checked before acting on input: false once the extension was reloaded (which tears us down). */
  isValid: () => boolean;
  overlayShadowMode?: ShadowRootMode;
  extensionRoot?: string;
  /** The content script's click listeners from document_start (pointer-relay.ts). */
  pointerRelay?: PointerRelay;
  /** Shown at the foot of a figure's overlay when it opens (the reading ledger's question). */
  overlayFooter?: () => ComponentChildren | undefined;
}

export interface PageUi {
  highlighter: Highlighter;
  /** Scrolls to the mark and opens its overlay; false when it is not marked. */
  open(id: string, scroll: boolean): boolean;
}

/** "four Azerbaijani helicopters, claimed by Armenia's defence ministry. Enter shows other reports." */
function spokenLabel(figure: Figure): string {
  const who = figure.claimant ? `claimed by ${figure.claimant.label}` : 'no claimant named';
  return `${figure.text}, ${who}. Enter shows other reports.`;
}

export function createPageUi(options: PageUiOptions): PageUi {
  const { signal, doc, figureOf } = options;
  const win = doc.defaultView ?? window;
  const highlighter = createHighlighter({ doc });
  const overlay: FigureOverlay = createFigureOverlay({
    signal,
    send: options.send,
    metricLabel: options.metricLabel,
    pageSourceId: options.pageSourceId,
    doc,
    shadowMode: options.overlayShadowMode,
    extensionRoot: options.extensionRoot,
  });
  const live = createLiveRegion(doc);
  const markOf = (id: string): Mark | undefined => highlighter.marks().find((mark) => mark.id === id);

  const open = (id: string, scroll: boolean): boolean => {
    const mark = markOf(id);
    const figure = figureOf(id);
    if (!mark || !figure || !options.isValid()) return false;
    if (scroll) scrollRangeIntoView(mark.range, win);
    highlighter.setActive(id);
    overlay.open(figure, mark.range, undefined, options.noticeOf?.(id), options.overlayFooter?.());
    return true;
  };

  attachMarkPointer({
    doc,
    signal,
    relay: options.pointerRelay,
    marks: () => highlighter.marks(),
    onActivate: (id) => open(id, false),
    onHover: (id) => {
      if (options.isValid()) highlighter.setHover(id);
    },
  });
  attachFigureKeys({
    doc,
    signal,
    marks: () => highlighter.marks(),
    activeId: () => highlighter.activeId(),
    onStep: (mark, index, total) => {
      if (!options.isValid()) return;
      const figure = figureOf(mark.id);
      highlighter.setActive(mark.id);
      scrollRangeIntoView(mark.range, win);
      if (figure) live.announce(figureAnnouncement(index, total, spokenLabel(figure)));
    },
    onOpen: (mark) => open(mark.id, false),
  });
  signal.addEventListener(
    'abort',
    () => {
      highlighter.destroy();
      live.destroy();
    },
    { once: true },
  );
  return { highlighter, open };
}
