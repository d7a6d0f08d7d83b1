import { countOf } from '../../utils/manager/format';
import type { ClaimGroupInfo } from '../../utils/store/manager/types';

export interface GroupHeaderProps {
  group: ClaimGroupInfo;
}

/** The head of a metric's claims in the list: what they count and how many match. */
export function GroupHeader({ group }: GroupHeaderProps) {
  return (
    <div class="ct-group-header">
      <h3>{capitalize(group.label)}</h3>
      <span class="ct-muted">{countOf(group.count, 'claim')}</span>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
