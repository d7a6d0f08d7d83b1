import type { ClaimantRef } from '../utils/engine/types';
import { partyLabel } from '../utils/overlay/format';

export interface ClaimantNameProps {
  /** Who says the figure; null when the text names nobody. Never an outlet. */
  claimant: ClaimantRef | null;
}

/** A claimant's label with its party as a tag, or "no claimant named". */
export function ClaimantName({ claimant }: ClaimantNameProps) {
  if (!claimant) return <span class="ct-claimant-name ct-claimant-none">no claimant named</span>;
  return (
    <span class="ct-claimant-name">
      {claimant.label} <span class="ct-party">{partyLabel(claimant.party)}</span>
    </span>
  );
}
