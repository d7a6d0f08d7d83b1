import type { ClaimantRef } from '../utils/engine/types';
import { claimantLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import { partyLabel } from '../utils/overlay/format';

export interface ClaimantNameProps {
  /** Who says the figure; null when the text names nobody. Never an outlet. */
  claimant: ClaimantRef | null;
}

/** A claimant's label with its party as a tag, or "no claimant named". */
export function ClaimantName({ claimant }: ClaimantNameProps) {
  if (!claimant) return <span class="ct-claimant-name ct-claimant-none">{t('overlay.noClaimant')}</span>;
  return (
    <span class="ct-claimant-name">
      {claimantLabel(claimant.id, claimant.label)} <span class="ct-party">{partyLabel(claimant.party)}</span>
    </span>
  );
}
