import { agreementLabel } from '../utils/overlay/format';
import type { Agreement } from '../utils/store/types';

export interface AgreementBadgeProps {
  agreement: Agreement;
}

/** Icons repeat the word's meaning so agreement never rests on colour alone. */
const ICONS: Record<Agreement, string> = { same: '✓', compatible: '≈', differs: '≠', unknown: '?' };

/** How a value group relates to the page's figure: an icon and a word on a coloured pill. */
export function AgreementBadge({ agreement }: AgreementBadgeProps) {
  return (
    <span class="ct-badge" data-agreement={agreement}>
      <span aria-hidden="true">{ICONS[agreement]}</span>
      {agreementLabel(agreement)}
    </span>
  );
}
