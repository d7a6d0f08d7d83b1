import type { MetricOption } from '../utils/content/check-view';
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

function reasonOf(candidate: MetricCandidate): string {
  const value = candidate.value === null ? null : formatNumber(candidate.value);
  const parts = candidate.reasons.map((reason) =>
    reason === 'value' ? `${value} is stored under it` : 'its noun is in the sentence',
  );
  return parts.join('; ');
}

/** Lets the reader say what an unrecognised number counts: a nearest candidate, or any metric. */
export function MetricPicker({ candidates, metrics, picked, onPick }: MetricPickerProps) {
  return (
    <div class="ct-picker">
      {candidates.length > 0 && (
        <>
          <p class="ct-state">Nearest candidates:</p>
          <ul class="ct-candidates" aria-label="Nearest candidates">
            {candidates.map((candidate) => (
              <li key={candidate.metric.id}>
                <button
                  type="button"
                  class="ct-button"
                  aria-pressed={picked === candidate.metric.id}
                  title={reasonOf(candidate)}
                  onClick={() => onPick(candidate.metric.id)}
                >
                  {candidate.metric.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <label class="ct-field">
        <span>What does the number count?</span>
        <select value={picked ?? ''} onChange={(event) => onPick(event.currentTarget.value)}>
          <option value="" disabled>
            Choose what is counted…
          </option>
          {metrics.map((metric) => (
            <option key={metric.id} value={metric.id}>
              {metric.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
