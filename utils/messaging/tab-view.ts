/**
 * What a tab's content script tells the toolbar popup: protocol data, so the protocol, the
 * content script and the popup's components all read it from here (components render it).
 */
import type { ClaimantRef, CoverageResult, Side } from '../engine/types';

/** A figure found on the tab, as the content script lists it for the popup. */
export interface PopupFigure {
  /** The content script's id for the figure (to scroll to it and open its overlay). */
  id: string;
  /** The figure as written on the page ("4 helicopters"). */
  text: string;
  metricLabel: string;
  side: Side;
  claimant: ClaimantRef | null;
  /** How many stored reports of other sources it has. */
  reportCount: number;
}

/** What the toolbar popup knows about the active tab. */
export type TabStatus =
  | { kind: 'loading' }
  /** Not an http(s) page, or the content script is not running there. */
  | { kind: 'unsupported' }
  /** The reader turned marking off for this site. */
  | { kind: 'disabled'; hostname: string }
  | { kind: 'not-coverage'; coverage: CoverageResult }
  | {
      kind: 'coverage';
      coverage: CoverageResult;
      figureCount: number;
      /** Set when the page is longer than Crosstally reads: marking stopped after this many characters. */
      markedChars?: number;
    };
