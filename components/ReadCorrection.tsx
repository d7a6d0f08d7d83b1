import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseFigureValue } from '../utils/claim-form/fields';
import type { Side } from '../utils/engine/types';
import { SIDE_LOSSES } from '../utils/labels';
import type { ReadCorrection as Correction } from '../utils/store/ledger/types';
import type { Report } from '../utils/store/types';

/** The words of this form, in one place (for the translation catalogs). */
const WORDS = {
  form: 'Correct this figure of {carrier}',
  value: 'Correct figure',
  side: 'Whose losses',
  keepSide: 'As read',
  noSide: 'Not said',
  save: 'Save correction',
  cancel: 'Cancel',
  badValue: 'Correct figure: enter a whole number of 0 or more.',
};

/** The side select's values: '' keeps the side as read, 'none' says no side. */
type SideChoice = '' | 'none' | Exclude<Side, null>;

export interface ReadCorrectionProps {
  report: Report;
  /** Sends the correction; resolves to an error message to show, or null once it is saved. */
  onSubmit: (correction: Correction) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * The overlay's small form to correct a read figure: its number and, when the page got it wrong,
 * whose losses it counts. The correction sticks across revisits (the background marks it edited).
 */
export function ReadCorrection({ report, onSubmit, onCancel }: ReadCorrectionProps) {
  const id = useId();
  const [value, setValue] = useState(report.value === null ? '' : String(report.value));
  const [side, setSide] = useState<SideChoice>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const carrier = report.outlet ?? report.sourceLabel;

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseFigureValue(value);
    if (parsed === null || !Number.isInteger(parsed)) {
      setError(WORDS.badValue);
      input.current?.focus();
      return;
    }
    setBusy(true);
    const correction: Correction = { value: parsed };
    if (side !== '') correction.side = side === 'none' ? null : side;
    const failed = await onSubmit(correction);
    setBusy(false);
    setError(failed);
  };

  return (
    <form
      class="ct-read-correct"
      aria-label={WORDS.form.replace('{carrier}', carrier)}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label for={`${id}-value`}>{WORDS.value}</label>
      <input
        ref={input}
        id={`${id}-value`}
        inputMode="numeric"
        size={8}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <label for={`${id}-side`}>{WORDS.side}</label>
      <select
        id={`${id}-side`}
        value={side}
        onChange={(event) => setSide(event.currentTarget.value as SideChoice)}
      >
        <option value="">{WORDS.keepSide}</option>
        <option value="ARM">{SIDE_LOSSES.ARM}</option>
        <option value="AZ">{SIDE_LOSSES.AZ}</option>
        <option value="none">{WORDS.noSide}</option>
      </select>
      <button type="submit" disabled={busy}>
        {WORDS.save}
      </button>
      <button type="button" onClick={onCancel}>
        {WORDS.cancel}
      </button>
      {error && (
        <p class="ct-read-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
