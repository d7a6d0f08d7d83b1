/**
 * A count that breaks down the one before it ("13 civilians, including two children") counts the
 * same loss as that one, whatever loss word stands nearer ("…, and injured over 50 people").
 */
import { type CompiledPack, metricsCounting } from './compiled-pack';
import type { MetricChoice } from './figure-context';

export function subsetMetric(
  pack: CompiledPack,
  gap: string | null,
  noun: string,
  whole: MetricChoice,
  chosen: MetricChoice,
): MetricChoice {
  if (gap === null || !pack.grammar.subsetGap?.test(gap)) return chosen;
  if (chosen.spec.events === whole.spec.events) return chosen;
  const same = metricsCounting(pack, noun).find(
    (m) => m.spec.events === whole.spec.events && m.spec.onlyInEras === chosen.spec.onlyInEras,
  );
  return same ? { spec: same.spec, eventAt: whole.eventAt } : chosen;
}
