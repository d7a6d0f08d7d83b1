import { errorText, issueTexts } from '../../utils/i18n/error-text';
import type { TextKey } from '../../utils/i18n/messages/en';
import { t } from '../../utils/i18n/translate';
import type { ProtocolError } from '../../utils/messaging/protocol';

export interface AlertBannerProps {
  /** The failure to show; null shows nothing (the live region stays, so screen readers hear the next one). */
  error: ProtocolError | null;
  onDismiss: () => void;
}

const ADVICE: Partial<Record<ProtocolError['code'], TextKey>> = {
  quota: 'manager.adviceQuota',
  unreachable: 'manager.adviceUnreachable',
};

/** A failure that belongs to no form field: the store's own message, and what to do about it. */
export function AlertBanner({ error, onDismiss }: AlertBannerProps) {
  const advice = error && ADVICE[error.code];
  return (
    <div class="ct-alert-region" role="alert">
      {error && (
        <div class={`ct-alert ct-alert-${error.code}`}>
          <p>
            <strong>{`${t(error.code === 'quota' ? 'manager.alertQuota' : 'manager.alertOther')} `}</strong>
            {errorText(error)}
          </p>
          {advice && <p>{t(advice)}</p>}
          {issueTexts(error).length > 0 && (
            <ul class="ct-issues">
              {issueTexts(error).map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={onDismiss}>
            {t('manager.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
