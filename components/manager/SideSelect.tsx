import type { ControlAttributes } from './FormField';

/** A figure's side as the manager's forms hold it: '' when not known. */
export type SideValue = '' | 'AZ' | 'ARM';

export interface SideSelectProps extends ControlAttributes {
  value: SideValue;
  onChange: (side: SideValue) => void;
}

/** Whose losses a figure counts. */
export function SideSelect({ value, onChange, ...attributes }: SideSelectProps) {
  return (
    <select
      {...attributes}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as SideValue)}
    >
      <option value="">Not known</option>
      <option value="AZ">Azerbaijani losses</option>
      <option value="ARM">Armenian losses</option>
    </select>
  );
}
