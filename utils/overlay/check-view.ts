/**
 * What the check overlay shows, as plain data: the controller (check-controller.ts) builds it from
 * the page and the background's answers, and the components only draw it.
 */

import type { ClaimField, ClaimFormValues } from '../claim-form/claim-form';
import type { FieldErrors } from '../claim-form/fields';
import type { ClaimantRef } from '../engine/types';
import type { CheckAnswer } from '../messaging/protocol';
import type { MetricCandidate, PageFigure } from '../store/types';
import type { OverlayContent } from './types';

export interface MetricOption {
  id: string;
  label: string;
}

/** A figure read from the selection, with the reports for its metric. */
export interface ShownFigure {
  figure: PageFigure;
  /** As written on the page ("four helicopters"). */
  text: string;
  metricLabel: string;
  reports: OverlayContent;
}

/** Whether the figure can be saved: a prefilled form, or why not. */
export type SaveOffer = { kind: 'form'; values: ClaimFormValues } | { kind: 'unavailable'; reason: string };

export type CheckView =
  | { kind: 'loading' }
  /** A plain answer instead of a figure: no selection, no number, too long, a frame, a password field. */
  | { kind: 'message'; answer: CheckAnswer; text: string }
  | {
      kind: 'figure';
      shown: ShownFigure;
      /** The figures of the selection as written, when it holds more than one. */
      choices: string[];
      chosen: number;
      save: SaveOffer;
      metrics: MetricOption[];
      claimants: ClaimantRef[];
    }
  | {
      kind: 'no-metric';
      /** The selection's plain numbers (the first is the figure's value once a metric is picked). */
      numbers: number[];
      candidates: MetricCandidate[];
      metrics: MetricOption[];
      claimants: ClaimantRef[];
      /** The metric the reader picked, with its reports; null until then. */
      shown: ShownFigure | null;
      save: SaveOffer | null;
    };

export type SaveOutcome = { ok: true } | { ok: false; errors: FieldErrors<ClaimField>; message: string };
