import { useState } from 'preact/hooks';
import type { ClaimFormValues } from '../utils/content/check-draft';
import type { MetricOption, SaveOffer, SaveOutcome } from '../utils/content/check-view';
import type { ClaimantRef } from '../utils/engine/types';
import { AddClaimForm } from './AddClaimForm';

export interface CheckOverlaySaveProps {
  /** The prefilled claim, or why this selection cannot be saved. */
  offer: SaveOffer;
  metrics: readonly MetricOption[];
  claimants: readonly ClaimantRef[];
  onSave: (values: ClaimFormValues) => Promise<SaveOutcome>;
}

/** "Add to the claim store": a button that opens the prefilled form, then says the claim is saved. */
export function CheckOverlaySave({ offer, metrics, claimants, onSave }: CheckOverlaySaveProps) {
  const [state, setState] = useState<'closed' | 'open' | 'saved'>('closed');
  if (offer.kind === 'unavailable') return <p class="ct-state ct-save">{offer.reason}</p>;
  if (state === 'saved')
    return (
      <p class="ct-summary ct-save" role="status">
        Saved to your claim store. The page’s marks and other pages’ overlays now include it.
      </p>
    );
  if (state === 'open')
    return (
      <AddClaimForm
        initial={offer.values}
        metrics={metrics}
        claimants={claimants}
        onCancel={() => setState('closed')}
        onSave={async (values) => {
          const outcome = await onSave(values);
          if (outcome.ok) setState('saved');
          return outcome;
        }}
      />
    );
  return (
    <p class="ct-save">
      <button type="button" class="ct-button" onClick={() => setState('open')}>
        Add to the claim store
      </button>
    </p>
  );
}
