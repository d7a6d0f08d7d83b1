/**
 * The in-page parts of marking, created only once a page turns out to be coverage: the
 * highlighter, the overlay, the screen-reader live region, and the pointer and keyboard paths to
 * marks. Everything is removed when `signal` aborts.
 */

import { createHighlighter, type Highlighter } from '../dom/highlighter';
import { attachMarkPointer } from '../dom/hit-test';
import { attachFigureKeys } from '../dom/keyboard';
import { createLiveRegion, figureAnnouncement } from '../dom/live-region';
import { scrollRangeIntoView } from '../dom/scroll';
import type { Mark } from '../dom/types';
import type { Figure } from '../engine/types';
import { createFigureOverlay, type FigureOverlay, type MarkedFigures } from './figure-overlay';
import type { PageContext } from './page-context';

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

/** The page's marks and their overlays, for the figures `marked` holds (the marking session). */
export function createPageUi(context: PageContext, marked: MarkedFigures): PageUi {
  const { signal, doc, win, isValid } = context;
  const highlighter = createHighlighter({ doc });
  const overlay: FigureOverlay = createFigureOverlay(context, marked);
  const live = createLiveRegion(doc);
  const markOf = (id: string): Mark | undefined => highlighter.marks().find((mark) => mark.id === id);

  const open = (id: string, scroll: boolean): boolean => {
    const mark = markOf(id);
    const shown = marked.figure(id);
    if (!mark || !shown || !isValid()) return false;
    if (scroll) scrollRangeIntoView(mark.range, win);
    highlighter.setActive(id);
    overlay.open(shown.figure, mark.range, undefined, shown.notice);
    return true;
  };

  attachMarkPointer({
    doc,
    signal,
    relay: context.pointerRelay,
    marks: () => highlighter.marks(),
    onActivate: (id) => open(id, false),
    onHover: (id) => {
      if (isValid()) highlighter.setHover(id);
    },
  });
  attachFigureKeys({
    doc,
    signal,
    marks: () => highlighter.marks(),
    activeId: () => highlighter.activeId(),
    onStep: (mark, index, total) => {
      if (!isValid()) return;
      const figure = marked.figure(mark.id)?.figure;
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
