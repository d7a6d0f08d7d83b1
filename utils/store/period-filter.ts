/**
 * Narrowing claims by the period they count (issue 15): a range of days, one of the topic pack's
 * eras, or "unknown". Pure: the manager's list (manager/match.ts) tests each claim's period from
 * the digest facts it already holds, so no claim is read. Periods are few next to claims (days of
 * a war, a handful of eras), so each distinct period is judged once per query.
 */
import { type Period, periodBounds, samePeriod } from '../engine/period';

/** What a reader narrows the list to. `from`/`to` are days (YYYY-MM-DD), either may be open. */
export type PeriodFilter =
  | { kind: 'range'; from?: string; to?: string }
  | { kind: 'era'; era: string }
  | { kind: 'unknown' };

/** An era as the filter needs it: its id and the period it counts (topic pack `eras[]`). */
export interface EraPeriod {
  id: string;
  period: Period;
}

/**
 * Whether a claim's period passes the filter. A range keeps periods whose every day lies inside
 * it (a "so far" total that began before it does not count the range's days only); an era keeps
 * periods covering the era's days exactly (samePeriod); unknown keeps claims with no period, or
 * one that is not in our notation. An era the pack does not know keeps nothing.
 */
export function periodTest(
  filter: PeriodFilter,
  eras: readonly EraPeriod[],
): (period: Period | null | undefined) => boolean {
  const judged = new Map<string, boolean>();
  const memo = (judge: (period: Period) => boolean) => (period: Period | null | undefined) => {
    const key = period ?? '';
    let verdict = judged.get(key);
    if (verdict === undefined) {
      verdict = judge(key);
      judged.set(key, verdict);
    }
    return verdict;
  };
  if (filter.kind === 'unknown') return memo((period) => periodBounds(period) === null);
  if (filter.kind === 'era') {
    const era = eras.find((each) => each.id === filter.era);
    if (!era) return () => false;
    return memo((period) => samePeriod(period, era.period));
  }
  const from = filter.from ?? '';
  const to = filter.to ?? '9999-12-31';
  return memo((period) => {
    const bounds = periodBounds(period);
    return bounds !== null && bounds.from >= from && bounds.to <= to;
  });
}
