import { useState } from 'preact/hooks';
import { sideLabel } from '../../utils/manager/format';
import type { TimelineChoice } from '../../utils/manager/timeline';
import { FormField } from './FormField';
import { MetricSelect } from './MetricSelect';
import { MetricTimelineChart } from './MetricTimelineChart';
import { type ManagerEnv, metricLabelIn } from './manager-env';
import { PartyLegend } from './PartyLegend';
import { useMetricTimeline } from './use-metric-timeline';

/** The words of this view, in one place (for the translation catalogs). */
const WORDS = {
  heading: 'A metric over time, by claimant',
  intro:
    'Each claimant’s figures placed at the end of the period they count; a range or an era is drawn as a line from its start.',
  metric: 'Metric',
  chooseMetric: 'Choose a metric…',
  side: 'Whose losses',
  anySide: 'Either side',
  pick: 'Choose a metric to see its figures over time.',
  loading: 'Loading the timeline…',
};

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
      <h2 id="ct-timeline-heading">{WORDS.heading}</h2>
      <p class="ct-muted">{WORDS.intro}</p>
      <form class="ct-filters" aria-label={WORDS.heading} onSubmit={(event) => event.preventDefault()}>
        <FormField id="ct-timeline-metric" label={WORDS.metric}>
          {(attributes) => (
            <MetricSelect
              {...attributes}
              value={choice.metric}
              metrics={storedMetrics}
              emptyLabel={WORDS.chooseMetric}
              onChange={(metric) => setChoice({ ...choice, metric })}
            />
          )}
        </FormField>
        <FormField id="ct-timeline-side" label={WORDS.side}>
          {(attributes) => (
            <select
              {...attributes}
              value={choice.side}
              onChange={(event) =>
                setChoice({ ...choice, side: event.currentTarget.value as TimelineChoice['side'] })
              }
            >
              <option value="">{WORDS.anySide}</option>
              <option value="ARM">{sideLabel('ARM')}</option>
              <option value="AZ">{sideLabel('AZ')}</option>
            </select>
          )}
        </FormField>
      </form>
      <PartyLegend />
      <div aria-live="polite">
        {state.status === 'idle' && <p class="ct-muted">{WORDS.pick}</p>}
        {state.status === 'loading' && <p class="ct-muted">{WORDS.loading}</p>}
        {state.status === 'error' && <p class="ct-field-error">{state.error.message}</p>}
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
