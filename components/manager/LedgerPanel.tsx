import { useEffect, useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { countOf } from '../../utils/manager/format';
import type { LedgerOverview } from '../../utils/messaging/protocol';
import { KEEP_DAYS_CHOICES, type KeepDays } from '../../utils/store/ledger/types';
import type { ManagerEnv } from './manager-env';

export interface LedgerPanelProps {
  env: ManagerEnv;
}

/** The reading ledger in the manager: on or off, how long read articles are kept, and forgetting them. */
export function LedgerPanel({ env }: LedgerPanelProps) {
  const [overview, setOverview] = useState<LedgerOverview | null>(null);
  const [site, setSite] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);

  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'ledgerSettings' }).then(
      (found) => current && setOverview(found),
      (error: unknown) => current && env.report(errorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [env.revision]);

  const update = (change: { consent?: boolean; keepDays?: KeepDays | null }) =>
    ask(env.send, { type: 'updateLedgerSettings', ...change }).then(
      (found) => {
        setOverview(found);
        env.changed();
      },
      (error: unknown) => env.report(errorOf(error)),
    );

  const forgetSite = (name: string) =>
    ask(env.send, { type: 'forgetReadSite', site: name }).then(
      (result) => {
        env.notify(
          `Forgot ${countOf(result.articles, 'article')} read on ${name} (${countOf(result.claims, 'claim')}).`,
        );
        setSite('');
        env.changed();
      },
      (error: unknown) => env.report(errorOf(error)),
    );

  const forgetAll = () =>
    ask(env.send, { type: 'forgetAllRead' }).then(
      (result) => {
        env.notify(`Forgot every article you read (${countOf(result.claims, 'claim')}).`);
        setConfirmAll(false);
        env.changed();
      },
      (error: unknown) => env.report(errorOf(error)),
    );

  if (!overview) return null;
  const chosen = overview.sites.find((entry) => entry.site === site) ? site : (overview.sites[0]?.site ?? '');
  return (
    <section class="ct-ledger-panel" aria-labelledby="ct-ledger-title">
      <h2 id="ct-ledger-title">Reading ledger</h2>
      <p>
        With the ledger on, the figures of coverage pages you read are kept here, on this computer only (never
        from private windows or sites you excluded), so later pages show how those outlets reported them.
      </p>
      <p class="ct-switch">
        <input
          id="ct-ledger-consent"
          type="checkbox"
          role="switch"
          checked={overview.consent === true}
          aria-checked={overview.consent === true}
          onChange={(event) => void update({ consent: event.currentTarget.checked })}
        />
        <label for="ct-ledger-consent">Keep the figures of coverage pages I read</label>
      </p>
      <p>
        <label for="ct-ledger-keep">Keep read articles for </label>
        <select
          id="ct-ledger-keep"
          value={overview.keepDays === null ? 'forever' : String(overview.keepDays)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void update({ keepDays: value === 'forever' ? null : (Number(value) as KeepDays) });
          }}
        >
          {KEEP_DAYS_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {days} days
            </option>
          ))}
          <option value="forever">ever</option>
        </select>
      </p>
      <p>
        {countOf(overview.articles, 'article')} read, {countOf(overview.claims, 'claim')}
        {overview.excludedSites.length > 0 && `; never kept: ${overview.excludedSites.join(', ')}`}.
      </p>
      {overview.sites.length > 0 && (
        <p>
          <label for="ct-ledger-site">Site </label>
          <select id="ct-ledger-site" value={chosen} onChange={(event) => setSite(event.currentTarget.value)}>
            {overview.sites.map((entry) => (
              <option key={entry.site} value={entry.site}>
                {entry.site} ({countOf(entry.articles, 'article')})
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => void forgetSite(chosen)}>
            Forget this site
          </button>
        </p>
      )}
      {overview.articles + overview.claims > 0 &&
        (confirmAll ? (
          <p role="alert">
            Forget every article you read and its figures? This cannot be undone.{' '}
            <button type="button" onClick={() => void forgetAll()}>
              Forget everything read
            </button>{' '}
            <button type="button" onClick={() => setConfirmAll(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setConfirmAll(true)}>
              Forget everything read…
            </button>
          </p>
        ))}
    </section>
  );
}
