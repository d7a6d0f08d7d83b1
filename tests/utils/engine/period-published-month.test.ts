/**
 * An article dated only by its month (a page that gives no day): its dates get their year, and a
 * tally keeper's uncued count counts a fighting known only by that month; whatever needs the day
 * ("yesterday", "so far", a fighting of many months) stays unknown. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate: string | null): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

describe('an article dated by its month only', () => {
  it("gives a ministry's uncued count the month of a month-long fighting", () => {
    const az = 'Müdafiə Nazirliyi bildirib ki, ermənilərin 12 tankı məhv edilib.';
    expect(periods(az, 'az', '2016-04')).toEqual(['2016-04']);
    const en = "Azerbaijan's defence ministry said 12 Armenian tanks had been destroyed.";
    expect(periods(en, 'en', '2016-04')).toEqual(['2016-04']);
    // Without any date, unknown.
    expect(periods(en, 'en', null)).toEqual([null]);
  });

  it('dates a day without its year, and a date after the month is of the year before', () => {
    expect(periods('On 2 April, 12 Armenian tanks were destroyed.', 'en', '2016-04')).toEqual(['2016-04-02']);
    expect(periods('On 2 May, 12 Armenian tanks were destroyed.', 'en', '2016-04')).toEqual(['2015-05-02']);
  });

  it('leaves unknown what needs the day: yesterday, a tally so far, a long fighting', () => {
    expect(periods('Yesterday 12 Armenian tanks were destroyed.', 'en', '2020-10')).toEqual([null]);
    expect(periods('So far 540 Armenian soldiers have been killed.', 'en', '2020-10')).toEqual([null]);
    const keeper = "Azerbaijan's defence ministry said 12 Armenian tanks had been destroyed.";
    expect(periods(keeper, 'en', '2020-10')).toEqual([null]);
  });
});
