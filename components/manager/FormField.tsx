import type { ComponentChildren } from 'preact';

/** The attributes a FormField gives its control, tying it to its label, hint and error. */
export interface ControlAttributes {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FormFieldProps {
  id: string;
  label: string;
  /** The field's error, starting with its label ("Value: enter a number…"). */
  error?: string;
  hint?: string;
  class?: string;
  /** Renders the control with the attributes it must carry. */
  children: (attributes: ControlAttributes) => ComponentChildren;
}

/** A labelled form control with its hint and error, announced together by screen readers. */
export function FormField({ id, label, error, hint, children, class: className }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div class={`ct-field${error ? ' ct-field-invalid' : ''} ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <p class="ct-hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p class="ct-field-error" id={errorId ?? undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
