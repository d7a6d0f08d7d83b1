import type { Party } from '../../utils/engine/types';
import { t } from '../../utils/i18n/translate';
import { partyLabel } from '../../utils/overlay/format';

const PARTIES: readonly Party[] = ['ARM', 'NK', 'AZ', 'other'];

/** What the chart's colours stand for; every lane also names its claimant's party in words. */
export function PartyLegend() {
  return (
    <ul class="ct-legend" aria-label={t('manager.partyColours')}>
      {PARTIES.map((party) => (
        <li key={party}>
          <svg width="12" height="12" aria-hidden="true">
            <circle class={`ct-dot ct-party-${party}`} cx="6" cy="6" r="5" />
          </svg>{' '}
          {partyLabel(party)}
        </li>
      ))}
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle class="ct-dot ct-party-none" cx="6" cy="6" r="5" />
        </svg>{' '}
        {t('manager.noClaimant')}
      </li>
    </ul>
  );
}
