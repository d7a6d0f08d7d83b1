import { useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';
import { t, tn } from '../../utils/i18n/translate';
import { REFRESH_INTERVALS_HOURS, type Subscription } from '../../utils/store/published/subscription';

export interface SubscriptionRowProps {
  subscription: Subscription;
  /** Formats a time for the reader ("3 Oct 2020, 14:05"). */
  formatTime: (ms: number) => string;
  /** Whether a request for this subscription is running (its buttons wait). */
  busy: boolean;
  onRefresh: () => void;
  onAcceptKey: () => void;
  onInterval: (hours: number) => void;
  onUnsubscribe: () => void;
}

/** How often a pack is refreshed, in words: a day and a week have their own. */
function intervalLabel(hours: number): string {
  if (hours === 24) return t('sub.daily');
  if (hours === 168) return t('sub.weekly');
  return t('sub.everyHours', { count: hours });
}

/** A key is long: its start and end are enough to compare by eye. */
function shortKey(key: string): string {
  const raw = key.replace(/^crosstally-ed25519:/, '');
  return `${raw.slice(0, 8)}…${raw.slice(-6)}`;
}

/** One subscribed pack: what it is, how fresh, why the last update failed, and what the reader can do. */
export function SubscriptionRow(props: SubscriptionRowProps) {
  const { subscription: sub, busy } = props;
  const [confirming, setConfirming] = useState(false);
  const titleId = `ct-sub-${sub.id}`;
  const [beforePublisher, afterPublisher] = t('sub.publishedBy').split('{publisher}');
  return (
    <li class="ct-subscription" aria-labelledby={titleId}>
      <h3 id={titleId}>{sub.title}</h3>
      <p>
        {beforePublisher}
        <strong>{sub.publisher}</strong>
        {afterPublisher} · {tn('manager.claims', sub.claims)} · <span class="ct-muted">{sub.url}</span>
      </p>
      <p>{sub.publicKey ? t('sub.signed', { key: shortKey(sub.publicKey) }) : t('sub.notSigned')}</p>
      <p>
        {sub.lastGoodAt ? t('sub.lastGood', { time: props.formatTime(sub.lastGoodAt) }) : t('sub.never')}
        {sub.lastCheckedAt && sub.lastCheckedAt !== sub.lastGoodAt
          ? ` ${t('sub.lastChecked', { time: props.formatTime(sub.lastCheckedAt) })}`
          : ''}
      </p>
      {sub.lastError && (
        <p class="ct-error" role="status">
          {t('sub.keptPrevious', {
            // A plain string: stored in English by a version before the error catalog.
            error: typeof sub.lastError === 'string' ? sub.lastError : errorText(sub.lastError),
          })}
        </p>
      )}
      {sub.pendingKey && (
        <p class="ct-warning">
          {t('sub.newKey', { key: shortKey(sub.pendingKey) })}{' '}
          <button type="button" disabled={busy} onClick={props.onAcceptKey}>
            {t('sub.acceptKey')}
          </button>
        </p>
      )}
      <div class="ct-form-actions">
        <label>
          {t('sub.refresh')}{' '}
          <select
            value={String(sub.intervalHours)}
            disabled={busy}
            onChange={(event) => props.onInterval(Number((event.target as HTMLSelectElement).value))}
          >
            {REFRESH_INTERVALS_HOURS.map((hours) => (
              <option key={hours} value={String(hours)}>
                {intervalLabel(hours)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={props.onRefresh}>
          {busy ? t('sub.working') : t('sub.refreshNow')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="ct-danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                props.onUnsubscribe();
              }}
            >
              {t('sub.removeAndUnsubscribe')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('sub.keep')}
            </button>
          </>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('sub.unsubscribe')}
          </button>
        )}
      </div>
    </li>
  );
}
