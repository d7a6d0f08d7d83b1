/**
 * Spans of days of one month written month first: English "between October 2 and 5" (only after
 * "between" does "and" join two days: elsewhere "October 2 and 5 soldiers" may be a day and a count),
 * and Armenian "հոկտեմբերի 2-ից մինչև 5-ը" (from … until). Our own sentences, published 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SPAN = '2020-10-02/2020-10-05';

describe('month-first spans', () => {
  it('reads "between October 2 and 5" as the span', () => {
    expect(periods('Between October 2 and 5, 12 civilians were killed in Terter.', 'en')).toEqual([SPAN]);
  });

  it('reads the Armenian span with "until"', () => {
    expect(periods('Հոկտեմբերի 2-ից մինչև 5-ը զոհվել է 12 խաղաղ բնակիչ։', 'hy')).toEqual([SPAN]);
  });
});
