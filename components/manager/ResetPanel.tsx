import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import { exportToFile } from '../../utils/manager/export-file';
import type { KeptOrigin } from '../../utils/store/manager/types';
import { type ManagerEnv, metricLabelIn } from './manager-env';

export interface ResetPanelProps {
  env: ManagerEnv;
}

/**
 * Reset to the bundled seed. Asks first, offers an export of everything before, and keeps the
 * claims the reader added (and imported) unless they choose otherwise.
 */
export function ResetPanel({ env }: ResetPanelProps) {
  const [keepUser, setKeepUser] = useState(true);
  const [keepImport, setKeepImport] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const origins = env.facets?.origins ?? { seed: 0, user: 0, import: 0 };
  const keep: KeptOrigin[] = [
    ...(keepUser ? (['user'] as const) : []),
    ...(keepImport ? (['import'] as const) : []),
  ];
  const kept = keep.reduce((sum, origin) => sum + origins[origin], 0);
  const lost = (env.facets?.total ?? 0) - kept;

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const exportFirst = async () => {
    try {
      const saved = await exportToFile(
        env.send,
        env.download,
        { kind: 'all' },
        'json',
        (m) => metricLabelIn(env, m),
        env.now(),
      );
      setStatus(t('claims.saved', { file: saved.name, claims: tn('manager.claims', saved.claims) }));
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const reset = async () => {
    try {
      const result = await ask(env.send, { type: 'resetToSeed', keep });
      setConfirming(false);
      const written = tn('reset.seedClaims', result.added + result.updated);
      setStatus(
        result.kept
          ? t('reset.doneKept', { written, kept: tn('manager.claims', result.kept) })
          : t('reset.done', { written }),
      );
      env.notify(t('reset.notice'));
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  return (
    <section class="ct-reset" aria-labelledby="ct-reset-title">
      <h2 id="ct-reset-title">{t('reset.title')}</h2>
      <p>{t('reset.intro')}</p>
      <fieldset class="ct-checks">
        <legend>{t('reset.keep')}</legend>
        <label>
          <input
            type="checkbox"
            checked={keepUser}
            onChange={(event) => setKeepUser(event.currentTarget.checked)}
          />{' '}
          {t('reset.keepUser', { count: origins.user })}
        </label>
        <label>
          <input
            type="checkbox"
            checked={keepImport}
            onChange={(event) => setKeepImport(event.currentTarget.checked)}
          />{' '}
          {t('reset.keepImport', { count: origins.import })}
        </label>
      </fieldset>
      <div class="ct-form-actions">
        <button type="button" onClick={() => void exportFirst()}>
          {t('reset.exportFirst')}
        </button>
        <button type="button" class="ct-danger" onClick={() => setConfirming(true)} disabled={confirming}>
          {t('reset.reset')}
        </button>
      </div>
      {confirming && (
        <section class="ct-confirm" aria-labelledby="ct-reset-confirm">
          <h3 id="ct-reset-confirm" ref={confirmHeading} tabIndex={-1}>
            {t('reset.confirmTitle')}
          </h3>
          <p>
            {t('reset.confirm', {
              lost: tn('manager.claims', Math.max(0, lost)),
              kept: tn('manager.claims', kept),
            })}
          </p>
          <div class="ct-form-actions">
            <button type="button" class="ct-danger" onClick={() => void reset()}>
              {t('reset.now')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </section>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
