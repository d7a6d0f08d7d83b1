/**
 * A tally stated twice, once without a time (a lead) and once with its span: one claim, one span.
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

describe('a tally restated with its span', () => {
  it('gives the uncued statement the span of the timed one', () => {
    const ru =
      'Семьдесят мирных жителей Азербайджана погибли от обстрелов.\n\nПо данным прокуратуры, с 27 сентября по 5 декабря от обстрелов погибли 70 мирных жителей Азербайджана.';
    expect(periods(ru, 'ru', '2020-12-05')).toEqual(['2020-09-27/2020-12-05', '2020-09-27/2020-12-05']);
    const en =
      'Seventy Azerbaijani civilians have been killed by shelling.\n\nBetween 27 September and 5 December, 70 Azerbaijani civilians were killed by shelling, prosecutors said.';
    expect(periods(en, 'en', '2020-12-05')).toEqual(['2020-09-27/2020-12-05', '2020-09-27/2020-12-05']);
  });

  it('lends no single day, which may date the report rather than the count', () => {
    const en =
      'Twelve Azerbaijani soldiers were killed, Baku said yesterday.\n\n"Twelve Azerbaijani soldiers were killed in combat," the ministry said.';
    const [first, second] = periods(en, 'en', '2020-10-05');
    expect(first).toBe('2020-10-04');
    expect(second).not.toBe('2020-10-04');
  });
});
