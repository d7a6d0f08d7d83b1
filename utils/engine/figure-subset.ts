/**
 * A count that breaks down the one before it ("13 civilians, including two children") counts the
 * same loss as that one, whatever loss word stands nearer ("…, and injured over 50 people").
 */
import { type CompiledPack, metricsCounting } from './compiled-pack';
import type { MetricChoice } from './figure-context';

/**
 * Whether the words between two counts make the second a part of the first: right after it ("13
 * civilians, including two children") or after its clause ("… were killed, including 12 children").
 */
export function breaksDown(pack: CompiledPack, gap: string | null): boolean {
  if (gap === null || !pack.grammar.subsetGap) return false;
  const comma = gap.search(/[,(][^,(]*$/u);
  return pack.grammar.subsetGap.test(comma > 0 ? gap.slice(comma) : gap);
}

/**
 * "3,825 people were killed, including 3,773 servicemen": people a count of soldiers breaks down
 * are the dead overall, not civilians; so are people of whom a part is named civilians ("32
 * people, including seven civilians": the rest are not). The metric the whole should count, or
 * null to keep its own.
 */
export function wholeOfParts(
  pack: CompiledPack,
  { noun: wholeNoun, metric: whole }: { noun: string; metric: MetricChoice },
  part: MetricChoice,
  partNoun: string,
): MetricChoice['spec'] | null {
  if (whole.spec.victims !== 'civilians' || part.spec.events !== 'death' || whole.spec.events !== 'death') {
    return null;
  }
  const civilians = pack.tollGroups.find((g) => g.noun === 'civilians')?.pattern;
  if (part.spec.victims === 'civilians' && !civilians?.test(partNoun)) return null;
  return (
    metricsCounting(pack, wholeNoun).find((m) => m.spec.onlyInEras && m.spec.events === 'death')?.spec ?? null
  );
}

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

/** Losses of equipment: a list of them is a report of an army's losses. */
const EQUIPMENT_EVENTS = new Set(['downing', 'destruction']);

/**
 * "22 tanks and 8 guns were destroyed, more than 550 people were killed": people counted after
 * destroyed equipment in one sentence that names no civilian are soldiers. `before`: the metric of
 * the sentence's figure before, if any.
 */
export function soldiersInEquipmentList(
  pack: CompiledPack,
  metric: MetricChoice,
  before: MetricChoice | null,
): MetricChoice {
  if (metric.spec.victims !== 'civilians' || !before) return metric;
  if (!EQUIPMENT_EVENTS.has(before.spec.events)) return metric;
  const soldiers = pack.metrics.find(
    (m) => m.spec.victims === undefined && !m.spec.onlyInEras && m.spec.events === metric.spec.events,
  );
  return soldiers ? { ...metric, spec: soldiers.spec } : metric;
}

/**
 * A fact box's "Wounded: 8,000" on a line of its own, as a war's summary writes it beside "Dead:
 * 3,000", counts the war's wounded combatants (its casualties section), not civilians.
 */
function soldiersInFactBox(pack: CompiledPack, metric: MetricChoice, sentence: string): MetricChoice {
  if (metric.spec.victims !== 'civilians' || metric.spec.events !== 'injury') return metric;
  if (!pack.grammar.factBoxWounded?.test(sentence)) return metric;
  const soldiers = pack.metrics.find((m) => m.spec.victims === undefined && m.spec.events === 'injury');
  return soldiers ? { ...metric, spec: soldiers.spec } : metric;
}

/** Soldiers a civilian noun counts by its context: an equipment list's crews, a fact box's wounded. */
export function soldiersOfContext(
  pack: CompiledPack,
  metric: MetricChoice,
  before: MetricChoice | null,
  sentence: string,
): MetricChoice {
  return soldiersInFactBox(pack, soldiersInEquipmentList(pack, metric, before), sentence);
}
