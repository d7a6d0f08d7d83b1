/** Builders of check-overlay data: a figure read from a selection and its prefilled claim. */
import { type ClaimFormValues, EMPTY_CLAIM_FORM } from '../../utils/claim-form/claim-form';
import type { CheckView, ShownFigure } from '../../utils/overlay/check-view';
import { armMod, azMod, helicopterReports, pageFigure } from './overlay-fixtures';

export const metrics = [
  { id: 'helicopters_downed', label: 'helicopters shot down' },
  { id: 'tanks_destroyed', label: 'tanks destroyed' },
];
export const claimants = [armMod, azMod];

export const formValues: ClaimFormValues = {
  ...EMPTY_CLAIM_FORM,
  quote: "Armenia's defence ministry said it shot down 4 Azerbaijani helicopters.",
  value: '4',
  qualifier: 'exact',
  metric: 'helicopters_downed',
  side: 'AZ',
  claimantId: 'arm_mod',
  outlet: 'Caspian Business Wire',
  url: 'https://cbw.example/markets/oil',
  publishedDate: '2020-10-05',
  period: '',
};

export const shownFigure: ShownFigure = {
  figure: pageFigure,
  text: '4 Azerbaijani helicopters',
  metricLabel: 'helicopters shot down',
  reports: { status: 'ready', reports: helicopterReports() },
};

export function figureView(over: Partial<Extract<CheckView, { kind: 'figure' }>> = {}): CheckView {
  return {
    kind: 'figure',
    shown: shownFigure,
    choices: ['4 Azerbaijani helicopters'],
    chosen: 0,
    save: { kind: 'form', values: formValues },
    metrics,
    claimants,
    ...over,
  };
}
