import type { Qualifier } from '../../utils/engine/types';
import type { ControlAttributes } from './FormField';

export interface QualifierSelectProps extends ControlAttributes {
  value: Qualifier;
  onChange: (qualifier: Qualifier) => void;
}

export const QUALIFIER_OPTIONS: readonly [Qualifier, string][] = [
  ['exact', 'exactly'],
  ['at_least', 'at least'],
  ['more_than', 'more than'],
  ['about', 'about'],
  ['up_to', 'up to'],
  ['vague', 'vague (“dozens”, no number)'],
];

/** How exact a figure is ("at least", "about"…). */
export function QualifierSelect({ value, onChange, ...attributes }: QualifierSelectProps) {
  return (
    <select
      {...attributes}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as Qualifier)}
    >
      {QUALIFIER_OPTIONS.map(([qualifier, label]) => (
        <option key={qualifier} value={qualifier}>
          {label}
        </option>
      ))}
    </select>
  );
}
