import { useState } from 'preact/hooks';
import { countOf } from '../../utils/manager/format';
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

const INTERVAL_LABELS: Record<number, string> = { 6: 'Every 6 hours', 24: 'Daily', 168: 'Weekly' };

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
  return (
    <li class="ct-subscription" aria-labelledby={titleId}>
      <h3 id={titleId}>{sub.title}</h3>
      <p>
        Published by <strong>{sub.publisher}</strong> · {countOf(sub.claims, 'claim')} ·{' '}
        <span class="ct-muted">{sub.url}</span>
      </p>
      <p>
        {sub.publicKey
          ? `Signed; key ${shortKey(sub.publicKey)}`
          : 'Not signed: anyone who can change the host can change it.'}
      </p>
      <p>
        {sub.lastGoodAt ? `Last good update: ${props.formatTime(sub.lastGoodAt)}.` : 'Never updated.'}
        {sub.lastCheckedAt && sub.lastCheckedAt !== sub.lastGoodAt
          ? ` Last checked: ${props.formatTime(sub.lastCheckedAt)}.`
          : ''}
      </p>
      {sub.lastError && (
        <p class="ct-error" role="status">
          Kept the previous version: {sub.lastError}
        </p>
      )}
      {sub.pendingKey && (
        <p class="ct-warning">
          The publisher now signs with a different key ({shortKey(sub.pendingKey)}). Accept it only if the
          publisher told you it changed.{' '}
          <button type="button" disabled={busy} onClick={props.onAcceptKey}>
            Accept the new key
          </button>
        </p>
      )}
      <div class="ct-form-actions">
        <label>
          Refresh{' '}
          <select
            value={String(sub.intervalHours)}
            disabled={busy}
            onChange={(event) => props.onInterval(Number((event.target as HTMLSelectElement).value))}
          >
            {REFRESH_INTERVALS_HOURS.map((hours) => (
              <option key={hours} value={String(hours)}>
                {INTERVAL_LABELS[hours] ?? `Every ${hours} hours`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={props.onRefresh}>
          {busy ? 'Working…' : 'Refresh now'}
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
              Remove its claims and unsubscribe
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            Unsubscribe…
          </button>
        )}
      </div>
    </li>
  );
}
