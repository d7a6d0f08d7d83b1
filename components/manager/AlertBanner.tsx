import type { ProtocolError } from '../../utils/messaging/protocol';

export interface AlertBannerProps {
  /** The failure to show; null shows nothing (the live region stays, so screen readers hear the next one). */
  error: ProtocolError | null;
  onDismiss: () => void;
}

const ADVICE: Partial<Record<ProtocolError['code'], string>> = {
  quota:
    'To make room, delete claims you no longer need (Claims), or export your claims and reset to the seed (Storage & reset).',
  unreachable: 'Reload this page; if that does not help, restart the browser.',
};

/** A failure that belongs to no form field: the store's own message, and what to do about it. */
export function AlertBanner({ error, onDismiss }: AlertBannerProps) {
  return (
    <div class="ct-alert-region" role="alert">
      {error && (
        <div class={`ct-alert ct-alert-${error.code}`}>
          <p>
            <strong>{error.code === 'quota' ? 'Storage full. ' : 'Something went wrong. '}</strong>
            {error.message}
          </p>
          {ADVICE[error.code] && <p>{ADVICE[error.code]}</p>}
          {error.issues && error.issues.length > 0 && (
            <ul class="ct-issues">
              {error.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
