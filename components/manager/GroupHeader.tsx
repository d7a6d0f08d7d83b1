import { packLabel } from '../../utils/i18n/pack-labels';
import { tn } from '../../utils/i18n/translate';
import type { ClaimGroupInfo } from '../../utils/store/manager/types';

export interface GroupHeaderProps {
  group: ClaimGroupInfo;
}

/** The head of a metric's claims in the list: what they count and how many match. */
export function GroupHeader({ group }: GroupHeaderProps) {
  return (
    <div class="ct-group-header">
      <h3>{capitalize(packLabel(group.label))}</h3>
      <span class="ct-muted">{tn('manager.claims', group.count)}</span>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
