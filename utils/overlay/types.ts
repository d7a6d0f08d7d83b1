/** Types shared by the overlay components and its mount. */
import type { ReportsForFigure } from '../store/types';

/** What the overlay shows below its header: the background's answer, or where it is at. */
export type OverlayContent =
  | { status: 'loading' }
  | { status: 'ready'; reports: ReportsForFigure }
  /** `message` is shown to the reader as is (plain text). */
  | { status: 'error'; message: string };

/** Why the overlay closed; focus goes back to where it was except after an outside click. */
export type OverlayCloseReason =
  | 'escape'
  | 'button'
  | 'outside'
  | 'anchor-lost'
  | 'replaced'
  | 'api'
  | 'destroy';
