import { t } from '../utils/i18n/translate';
import { formatValue } from '../utils/overlay/format';
import type { PageFigure } from '../utils/store/types';
import { ClaimantName } from './ClaimantName';

export interface PageFigureLineProps {
  pageFigure: PageFigure;
  /** The figure as written on the page ("dozens of helicopters"), to name a vague value. */
  pageFigureText?: string;
}

/** "This page: 4, claimed by Azerbaijan's Ministry of Defence [Azerbaijan]" or "This page: 4, no claimant named". */
export function PageFigureLine({ pageFigure, pageFigureText }: PageFigureLineProps) {
  return (
    <p class="ct-page">
      {t('overlay.thisPage')}{' '}
      <strong>{formatValue(pageFigure.value, pageFigure.qualifier, pageFigureText)}</strong>
      {pageFigure.claimant ? t('overlay.claimedBy') : ', '}
      <ClaimantName claimant={pageFigure.claimant} />
    </p>
  );
}
