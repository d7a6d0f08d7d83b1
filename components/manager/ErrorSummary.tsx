import { useEffect, useRef } from 'preact/hooks';
import { tn } from '../../utils/i18n/translate';

export interface ErrorSummaryProps {
  /** Each error with the id of the control it is about; messages name their field. */
  errors: readonly { fieldId: string; message: string }[];
  /** Messages about no particular field (from the store). */
  other?: readonly string[];
}

/** The errors of a form at its top, each a link to its field; takes focus when it appears. */
export function ErrorSummary({ errors, other = [] }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const count = errors.length + other.length;
  useEffect(() => {
    if (count > 0) box.current?.focus();
  }, [errors, other]);
  if (count === 0) return null;
  return (
    <div class="ct-error-summary" ref={box} tabIndex={-1} role="alert">
      <p>
        <strong>{tn('manager.correctMany', count)}</strong>
      </p>
      <ul>
        {errors.map(({ fieldId, message }) => (
          <li key={fieldId}>
            <a
              href={`#${fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
        {other.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
