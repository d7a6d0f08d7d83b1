import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask, errorOf } from '../../utils/manager/client';
import { countOf, formatBytes, originLabel } from '../../utils/manager/format';
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
      <h2 id="ct-storage-title">Storage</h2>
      {counts === null ? (
        <p class="ct-muted">Counting…</p>
      ) : (
        <dl class="ct-stats">
          <dt>Claims</dt>
          <dd>{countOf(counts.total, 'claim')}</dd>
          <dt>Sources</dt>
          <dd>{countOf(counts.sources, 'source')}</dd>
          <dt>Metrics</dt>
          <dd>{counts.metrics.length}</dd>
          {CLAIM_ORIGINS.map((origin) => (
            <Fragment key={origin}>
              <dt>Claims {originLabel(origin)}</dt>
              <dd>{counts.origins[origin]}</dd>
            </Fragment>
          ))}
          <dt>Deleted seed and imported claims remembered</dt>
          <dd>{counts.tombstones}</dd>
        </dl>
      )}
      {estimate &&
        (estimate.usage === null || estimate.quota === null ? (
          <p>This browser does not say how much room the store uses.</p>
        ) : (
          <div class="ct-usage">
            <label for="ct-usage-meter">
              Uses {formatBytes(estimate.usage)} of the {formatBytes(estimate.quota)} the browser allows (
              {((share ?? 0) * 100).toFixed(1)}%)
            </label>
            <meter
              id="ct-usage-meter"
              min={0}
              max={estimate.quota}
              value={estimate.usage}
              high={estimate.quota * NEARLY_FULL}
            />
            {share !== null && share >= NEARLY_FULL && (
              <p class="ct-warning">
                The store is nearly full: the browser may soon refuse to store more. Delete claims you no
                longer need, or export and reset.
              </p>
            )}
          </div>
        ))}
    </section>
  );
}
