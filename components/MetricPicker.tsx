import { metricLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import type { MetricOption } from '../utils/overlay/check-view';
import { formatNumber } from '../utils/overlay/format';
import type { MetricCandidate } from '../utils/store/types';

export interface MetricPickerProps {
  /** Nearest metrics: the selection's number stored under them, or their noun in its sentence. */
  candidates: readonly MetricCandidate[];
  /** Every metric, for when no candidate fits. */
  metrics: readonly MetricOption[];
  /** The metric picked so far, if any. */
  picked: string | null;
  onPick: (metricId: string) => void;
}

/** "tanks destroyed: 4 stored", "tanks destroyed: same noun": why a candidate is near. */
function nearBecause({ metric, reasons, value }: MetricCandidate): string {
  const why = reasons.map((reason) =>
    reason === 'value' ? t('check.valueStored', { value: formatNumber(value ?? 0) }) : t('check.sameNoun'),
  );
  return t('check.near', { metric: metricLabel(metric.id, metric.label), why: why.join(', ') });
}

/** Lets the reader say what an unrecognised number counts: a nearest candidate, or any metric. */
export function MetricPicker({ candidates, metrics, picked, onPick }: MetricPickerProps) {
  return (
    <>
      {candidates.length > 0 && (
        <ul class="ct-candidates" aria-label={t('check.candidates')}>
          {candidates.map((candidate) => (
            <li key={candidate.metric.id}>
              <button
                type="button"
                class="ct-button"
                aria-pressed={picked === candidate.metric.id}
                onClick={() => onPick(candidate.metric.id)}
              >
                {nearBecause(candidate)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="ct-field">
        {t('check.numberCounts')}
        <select value={picked ?? ''} onChange={(event) => onPick(event.currentTarget.value)}>
          <option value="" disabled>
            {t('check.choose')}
          </option>
          {metrics.map((metric) => (
            <option key={metric.id} value={metric.id}>
              {metricLabel(metric.id, metric.label)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
