import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../utils/i18n/translate';
import { ask, errorOf } from '../../utils/manager/client';
import type { ClaimQuery, MetricSpread as MetricSpreadData } from '../../utils/store/manager/types';
import { MetricSpread } from './MetricSpread';
import type { ManagerEnv } from './manager-env';
import { PartyLegend } from './PartyLegend';

export interface SpreadOverviewProps {
  env: ManagerEnv;
  /** The claim list's query: the charts count the same claims the list shows. */
  query: ClaimQuery;
  onShowMetric: (metric: string) => void;
}

/** One small chart per metric of the filtered claims: who says what, at a glance. */
export function SpreadOverview({ env, query, onShowMetric }: SpreadOverviewProps) {
  const [spreads, setSpreads] = useState<MetricSpreadData[] | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    ask(env.send, { type: 'metricSpreads', query }).then(
      (data) => current && setSpreads(data),
      (error: unknown) => current && env.report(errorOf(error)),
    );
    return () => {
      current = false;
    };
  }, [key, env.revision]);

  return (
    <details class="ct-spreads" open>
      <summary>
        <h2>
          {spreads
            ? t('spread.titleWithCount', { metrics: tn('manager.metrics', spreads.length) })
            : t('spread.title')}
        </h2>
      </summary>
      <PartyLegend />
      {spreads === null ? (
        <p class="ct-muted">{t('spread.loading')}</p>
      ) : spreads.length === 0 ? (
        <p class="ct-muted">{t('spread.none')}</p>
      ) : (
        <div class="ct-spread-grid">
          {spreads.map((spread) => (
            <MetricSpread key={spread.metric} spread={spread} onShowMetric={onShowMetric} />
          ))}
        </div>
      )}
    </details>
  );
}
