import type { ControlAttributes } from './FormField';

export interface ChoiceSelectProps<T extends string> extends ControlAttributes {
  value: T;
  /** Each choice's value and the words shown for it, in the order listed. */
  choices: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/** A select among fixed choices (a figure's qualifier, its side), typed by their values. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  onChange,
  ...attributes
}: ChoiceSelectProps<T>) {
  return (
    <select {...attributes} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
      {choices.map(([choice, label]) => (
        <option key={choice} value={choice}>
          {label}
        </option>
      ))}
    </select>
  );
}
