import type { ShownFigure } from '../utils/content/check-view';
import { formatValue } from '../utils/overlay/format';
import { ClaimantName } from './ClaimantName';

export interface CheckOverlayFigureProps {
  /** The figure read from the selection. */
  shown: ShownFigure;
}

const WHOSE: Record<'AZ' | 'ARM', string> = { AZ: 'Azerbaijani', ARM: 'Armenian' };

/** What the selection says: the value with its qualifier, what is counted, whose losses, and who claims it. */
export function CheckOverlayFigure({ shown }: CheckOverlayFigureProps) {
  const { figure, text, metricLabel } = shown;
  return (
    <dl class="ct-facts">
      <dt>Figure</dt>
      <dd>
        <strong>{formatValue(figure.value, figure.qualifier, text)}</strong> (“{text}”)
      </dd>
      <dt>Counts</dt>
      <dd>{metricLabel}</dd>
      <dt>Whose losses</dt>
      <dd>{figure.side ? WHOSE[figure.side] : 'not stated'}</dd>
      <dt>Claimed by</dt>
      <dd>
        <ClaimantName claimant={figure.claimant} />
      </dd>
    </dl>
  );
}
