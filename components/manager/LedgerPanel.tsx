import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
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
          t('ledger.forgotSite', {
            articles: tn('ledger.articles', result.articles),
            site: name,
            claims: tn('manager.claims', result.claims),
          }),
        );
        setSite('');
        env.changed();
      },
      (error: unknown) => env.report(errorOf(error)),
    );

  const forgetAll = () =>
    ask(env.send, { type: 'forgetAllRead' }).then(
      (result) => {
        env.notify(t('ledger.forgotAll', { claims: tn('manager.claims', result.claims) }));
        setConfirmAll(false);
        env.changed();
      },
      (error: unknown) => env.report(errorOf(error)),
    );

  if (!overview) return null;
  const chosen = overview.sites.find((entry) => entry.site === site) ? site : (overview.sites[0]?.site ?? '');
  return (
    <section class="ct-ledger-panel" aria-labelledby="ct-ledger-title">
      <h2 id="ct-ledger-title">{t('popup.ledgerTitle')}</h2>
      <p>{t('ledger.intro')}</p>
      <p class="ct-switch">
        <input
          id="ct-ledger-consent"
          type="checkbox"
          role="switch"
          checked={overview.consent === true}
          aria-checked={overview.consent === true}
          onChange={(event) => void update({ consent: event.currentTarget.checked })}
        />
        <label for="ct-ledger-consent">{t('ledger.consent')}</label>
      </p>
      <p>
        <label for="ct-ledger-keep">{t('ledger.keepFor')} </label>
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
              {tn('ledger.days', days)}
            </option>
          ))}
          <option value="forever">{t('ledger.forever')}</option>
        </select>
      </p>
      <p>
        {t('ledger.counts', {
          articles: tn('ledger.articles', overview.articles),
          claims: tn('manager.claims', overview.claims),
        })}
        {overview.excludedSites.length > 0 &&
          t('ledger.neverKept', { sites: overview.excludedSites.join(', ') })}
        .
      </p>
      {overview.sites.length > 0 && (
        <p>
          <label for="ct-ledger-site">{t('ledger.site')} </label>
          <select id="ct-ledger-site" value={chosen} onChange={(event) => setSite(event.currentTarget.value)}>
            {overview.sites.map((entry) => (
              <option key={entry.site} value={entry.site}>
                {t('filters.withCount', { label: entry.site, count: tn('ledger.articles', entry.articles) })}
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => void forgetSite(chosen)}>
            {t('ledger.forgetSite')}
          </button>
        </p>
      )}
      {overview.articles + overview.claims > 0 &&
        (confirmAll ? (
          <p role="alert">
            {t('ledger.confirmAll')}{' '}
            <button type="button" onClick={() => void forgetAll()}>
              {t('ledger.forgetAll')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmAll(false)}>
              {t('ledger.keepThem')}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setConfirmAll(true)}>
              {t('ledger.forgetAllAsk')}
            </button>
          </p>
        ))}
    </section>
  );
}
