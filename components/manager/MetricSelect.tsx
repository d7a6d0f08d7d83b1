import { metricLabel } from '../../utils/i18n/pack-labels';
import type { ControlAttributes } from './FormField';
import type { MetricOption } from './manager-env';

export interface MetricSelectProps extends ControlAttributes {
  value: string;
  metrics: readonly MetricOption[];
  onChange: (metric: string) => void;
  /** The label of the '' option ("Choose…", "All metrics"). */
  emptyLabel: string;
}

/** What a figure counts, by the topic pack's labels. */
export function MetricSelect({ value, metrics, onChange, emptyLabel, ...attributes }: MetricSelectProps) {
  const known = metrics.some((m) => m.id === value);
  return (
    <select {...attributes} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{emptyLabel}</option>
      {value && !known && <option value={value}>{value}</option>}
      {metrics.map((metric) => (
        <option key={metric.id} value={metric.id}>
          {metricLabel(metric.id, metric.label)}
        </option>
      ))}
    </select>
  );
}
