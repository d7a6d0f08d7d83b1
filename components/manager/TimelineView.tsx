import { useState } from 'preact/hooks';
import { errorText } from '../../utils/i18n/error-text';
import { t } from '../../utils/i18n/translate';
import { sideLabel } from '../../utils/manager/format';
import type { TimelineChoice } from '../../utils/manager/timeline';
import { FormField } from './FormField';
import { MetricSelect } from './MetricSelect';
import { MetricTimelineChart } from './MetricTimelineChart';
import { type ManagerEnv, metricLabelIn } from './manager-env';
import { PartyLegend } from './PartyLegend';
import { useMetricTimeline } from './use-metric-timeline';

export interface TimelineViewProps {
  env: ManagerEnv;
  /** The metric to open with (the claim list's metric filter, when set). */
  initialMetric: string;
}

/** The manager's timeline section: pick a metric and a side, see each claimant's figures over time. */
export function TimelineView({ env, initialMetric }: TimelineViewProps) {
  const [choice, setChoice] = useState<TimelineChoice>({ metric: initialMetric, side: '' });
  const state = useMetricTimeline(env.send, choice, env.revision);
  const storedMetrics = env.facets
    ? env.metrics.filter((m) => env.facets?.metrics.some((f) => f.id === m.id))
    : env.metrics;
  return (
    <section class="ct-timeline-view" aria-labelledby="ct-timeline-heading">
      <h2 id="ct-timeline-heading">{t('timeline.heading')}</h2>
      <p class="ct-muted">{t('timeline.intro')}</p>
      <form
        class="ct-filters"
        aria-label={t('timeline.heading')}
        onSubmit={(event) => event.preventDefault()}
      >
        <FormField id="ct-timeline-metric" label={t('filters.metric')}>
          {(attributes) => (
            <MetricSelect
              {...attributes}
              value={choice.metric}
              metrics={storedMetrics}
              emptyLabel={t('timeline.chooseMetric')}
              onChange={(metric) => setChoice({ ...choice, metric })}
            />
          )}
        </FormField>
        <FormField id="ct-timeline-side" label={t('form.side')}>
          {(attributes) => (
            <select
              {...attributes}
              value={choice.side}
              onChange={(event) =>
                setChoice({ ...choice, side: event.currentTarget.value as TimelineChoice['side'] })
              }
            >
              <option value="">{t('timeline.eitherSide')}</option>
              <option value="ARM">{sideLabel('ARM')}</option>
              <option value="AZ">{sideLabel('AZ')}</option>
            </select>
          )}
        </FormField>
      </form>
      <PartyLegend />
      <div aria-live="polite">
        {state.status === 'idle' && <p class="ct-muted">{t('timeline.pick')}</p>}
        {state.status === 'loading' && <p class="ct-muted">{t('timeline.loading')}</p>}
        {state.status === 'error' && <p class="ct-field-error">{errorText(state.error)}</p>}
        {state.status === 'ready' && (
          <MetricTimelineChart
            timeline={state.timeline}
            metricLabel={metricLabelIn(env, state.timeline.metric)}
          />
        )}
      </div>
    </section>
  );
}
