import type { JSX } from 'preact';
import type { ClaimantRef, Party } from '../../utils/engine/types';
import { claimantLabel } from '../../utils/i18n/pack-labels';
import { partyLabel } from '../../utils/overlay/format';
import type { ControlAttributes } from './FormField';

export interface ClaimantSelectProps extends ControlAttributes {
  /** A claimant id, or '' for none. */
  value: string;
  claimants: readonly ClaimantRef[];
  onChange: (claimantId: string) => void;
  /** The label of the '' option. */
  noneLabel: string;
  /** Extra options before the claimants (filters offer "no claimant named"). */
  extra?: JSX.Element;
}

const PARTIES: readonly Party[] = ['ARM', 'NK', 'AZ', 'other'];

/** Claimants grouped by party, labelled in words. Claimants are who says a figure, never outlets. */
export function ClaimantSelect({
  value,
  claimants,
  onChange,
  noneLabel,
  extra,
  ...attributes
}: ClaimantSelectProps) {
  const known = claimants.some((c) => c.id === value);
  return (
    <select {...attributes} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{noneLabel}</option>
      {extra}
      {value && !known && extra === undefined && <option value={value}>{value}</option>}
      {PARTIES.map((party) => {
        const members = claimants.filter((c) => c.party === party);
        if (members.length === 0) return null;
        return (
          <optgroup key={party} label={partyLabel(party)}>
            {members.map((claimant) => (
              <option key={claimant.id} value={claimant.id}>
                {claimantLabel(claimant.id, claimant.label)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
