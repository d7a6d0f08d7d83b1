/**
 * A tally the article states twice: once without a time ("Сто человек погибли" in a lead) and once
 * with its span ("с 27 сентября по 7 декабря погибли 100 мирных жителей"). Both are one claim, so the
 * uncued statement counts the span the other gives, rather than one inferred from the article's day.
 * Only a span is lent: a single day next to a count often dates its report ("a indiqué hier"), not
 * the count.
 */
import { isInterval } from './period';
import type { Figure } from './types';

/** A count's identity within one article: its value, metric and side. */
const countKey = (f: Figure) => `${f.value}|${f.metric}|${f.side}`;

/**
 * Gives each figure read without a time cue (`cued[i]` false) the span of the same count the
 * article states with one, when all such statements agree on it.
 */
export function withRestatedPeriods(figures: Figure[], cued: readonly boolean[]): void {
  const timed = new Map<string, string | null>();
  figures.forEach((f, i) => {
    if (!cued[i] || f.value === null || f.period === null || !isInterval(f.period)) return;
    const key = countKey(f);
    const known = timed.get(key);
    // Two different times for one count: which one the uncued statement means is not known.
    timed.set(key, known === undefined || known === f.period ? f.period : null);
  });
  if (timed.size === 0) return;
  figures.forEach((f, i) => {
    if (cued[i] || f.value === null) return;
    const period = timed.get(countKey(f));
    if (period) f.period = period;
  });
}
