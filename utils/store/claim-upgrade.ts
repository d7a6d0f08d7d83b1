/**
 * Claims as earlier versions wrote them, read as claims of today (pure). One owner for both the
 * database upgrade (schema 5, db.ts) and old claim packs (format 1, claim-pack/validate.ts), so a claim
 * reads the same whether it was stored before the upgrade or imported from an old file:
 * - `eventDate` (a day) becomes `period` (a period in ISO notation, utils/engine/period.ts);
 * - a retired metric id ("war_deaths") becomes its metric over its era ("deaths", 1988/1994), and a
 *   content-based id that named the old metric names the new one, so the next seed or pack of the
 *   same figure meets the stored claim instead of adding a twin.
 * Nothing a reader wrote is dropped: a date a reader had set on an era figure is kept in its note.
 */
import { retiredMetric } from '../engine/topic-pack';
import { claimIdFor } from './claim-ids';

/** Said in a claim's note when the upgrade replaced a date the claim carried by its era's period. */
export const EARLIER_DATE_NOTE = 'Event date before the period upgrade:';

/**
 * The claim record with today's fields. Works on untrusted records too (old pack files): fields
 * it does not recognise are left for the schema to name.
 */
export function upgradeClaimRecord<T extends Record<string, unknown>>(record: T): Record<string, unknown> {
  const { eventDate, ...rest } = record as Record<string, unknown>;
  const out: Record<string, unknown> = { ...rest };
  if (!('period' in out)) out.period = eventDate === undefined ? null : eventDate;
  const oldMetric = out.metric;
  const retired = typeof oldMetric === 'string' ? retiredMetric(oldMetric) : null;
  if (!retired || typeof oldMetric !== 'string') return out;
  out.metric = retired.metric;
  if (typeof out.period === 'string' && out.period !== retired.period) {
    const earlier = `${EARLIER_DATE_NOTE} ${out.period}`;
    out.note = typeof out.note === 'string' && out.note ? `${out.note}\n${earlier}` : earlier;
  }
  out.period = retired.period;
  const { id, sourceId, start } = out;
  if (
    typeof id === 'string' &&
    typeof sourceId === 'string' &&
    typeof start === 'number' &&
    id === claimIdFor(sourceId, oldMetric, start)
  ) {
    out.id = claimIdFor(sourceId, retired.metric, start);
  }
  return out;
}
