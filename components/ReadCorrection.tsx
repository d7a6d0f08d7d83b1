import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseFigureValue } from '../utils/claim-form/fields';
import type { Side } from '../utils/engine/types';
import { t } from '../utils/i18n/translate';
import { SIDE_LOSSES } from '../utils/labels';
import type { ReadCorrection as Correction } from '../utils/store/ledger/types';
import type { Report } from '../utils/store/types';

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
      setError(t('read.badValue'));
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
      aria-label={t('read.correctLabel', { outlet: carrier })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label for={`${id}-value`}>{t('read.correctValue')}</label>
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
      <label for={`${id}-side`}>{t('form.side')}</label>
      <select
        id={`${id}-side`}
        value={side}
        onChange={(event) => setSide(event.currentTarget.value as SideChoice)}
      >
        <option value="">{t('read.sideAsRead')}</option>
        <option value="ARM">{SIDE_LOSSES.ARM}</option>
        <option value="AZ">{SIDE_LOSSES.AZ}</option>
        <option value="none">{t('read.sideNotSaid')}</option>
      </select>
      <button type="submit" disabled={busy}>
        {t('read.saveCorrection')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('form.cancel')}
      </button>
      {error && (
        <p class="ct-read-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
