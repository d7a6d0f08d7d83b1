import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, formatPercent, t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import { formatBytes } from '../../utils/manager/format';
import { CLAIM_ORIGINS, type StorageEstimate } from '../../utils/store/types';
import type { ManagerEnv } from './manager-env';

export interface StoragePanelProps {
  env: ManagerEnv;
}

/** Above this share of the quota the panel warns before the browser refuses. */
const NEARLY_FULL = 0.9;

/** How much the store holds (claims, sources, origins) and how much room it uses of what the browser allows. */
export function StoragePanel({ env }: StoragePanelProps) {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const counts = env.facets;

  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'storageEstimate' }).then(
      (found) => current && setEstimate(found),
      (error: unknown) => current && env.report(errorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [env.revision]);

  const share = estimate?.usage != null && estimate.quota ? estimate.usage / estimate.quota : null;
  return (
    <section class="ct-storage" aria-labelledby="ct-storage-title">
      <h2 id="ct-storage-title">{t('storage.title')}</h2>
      {counts === null ? (
        <p class="ct-muted">{t('storage.counting')}</p>
      ) : (
        <dl class="ct-stats">
          <dt>{t('storage.claims')}</dt>
          <dd>{tn('manager.claims', counts.total)}</dd>
          <dt>{t('storage.sources')}</dt>
          <dd>{tn('manager.sources', counts.sources)}</dd>
          <dt>{t('storage.metrics')}</dt>
          <dd>{formatNumber(counts.metrics.length)}</dd>
          {CLAIM_ORIGINS.map((origin) => (
            <Fragment key={origin}>
              <dt>{t(`storage.origin.${origin}`)}</dt>
              <dd>{formatNumber(counts.origins[origin])}</dd>
            </Fragment>
          ))}
          <dt>{t('storage.tombstones')}</dt>
          <dd>{formatNumber(counts.tombstones)}</dd>
        </dl>
      )}
      {estimate &&
        (estimate.usage === null || estimate.quota === null ? (
          <p>{t('storage.noEstimate')}</p>
        ) : (
          <div class="ct-usage">
            <label for="ct-usage-meter">
              {t('storage.usage', {
                used: formatBytes(estimate.usage),
                quota: formatBytes(estimate.quota),
                share: formatPercent(share ?? 0),
              })}
            </label>
            <meter
              id="ct-usage-meter"
              min={0}
              max={estimate.quota}
              value={estimate.usage}
              high={estimate.quota * NEARLY_FULL}
            />
            {share !== null && share >= NEARLY_FULL && <p class="ct-warning">{t('storage.nearlyFull')}</p>}
          </div>
        ))}
    </section>
  );
}
