import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriod,
  periodBounds,
  periodEnd,
  runningSeriesStart,
  samePeriod,
} from '../../../utils/engine/period';

describe('period notation', () => {
  it('reads days, months, years and intervals as inclusive day bounds', () => {
    expect(periodBounds('2020-09-27')).toEqual({ from: '2020-09-27', to: '2020-09-27' });
    expect(periodBounds('2016-04')).toEqual({ from: '2016-04-01', to: '2016-04-30' });
    expect(periodBounds('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(periodBounds('1988/1994')).toEqual({ from: '1988-01-01', to: '1994-12-31' });
    expect(periodBounds('2020-09-27/2020-10-10')).toEqual({ from: '2020-09-27', to: '2020-10-10' });
  });

  it('refuses what is not a real date or runs backwards', () => {
    for (const bad of ['2020-13', '2021-02-29', '2020-10-10/2020-09-27', '27.09.2020', '', 'a/b/c', null]) {
      expect(isPeriod(bad)).toBe(false);
    }
    expect(isPeriod('2021-02-28')).toBe(true);
  });

  it('counts the same time only when the days covered are the same', () => {
    expect(samePeriod('2016-04', '2016-04-01/2016-04-30')).toBe(true);
    expect(samePeriod('2020-10-01', '2020-09-27/2020-10-01')).toBe(false);
    expect(samePeriod('2020-10-01', '2020-10-01')).toBe(true);
    expect(samePeriod(null, null)).toBe(false);
  });

  it('puts running totals with one start in one series, ordered by the day reported', () => {
    expect(runningSeriesStart('2020-09-27/2020-10-01')).toBe('2020-09-27');
    expect(runningSeriesStart('2020-10-01')).toBeNull();
    expect(periodEnd('2020-09-27/2020-10-01')).toBe('2020-10-01');
    const sorted = ['2020-09-27/2020-11-09', null, '2020-09-27/2020-09-28', '2020-10-01'].sort(
      comparePeriods,
    );
    expect(sorted).toEqual(['2020-09-27/2020-09-28', '2020-10-01', '2020-09-27/2020-11-09', null]);
  });
});

describe('retired metric ids', () => {
  it('read as an ordinary metric over their era', async () => {
    const { retiredMetric } = await import('../../../utils/engine/topic-pack');
    expect(retiredMetric('war_deaths')).toEqual({ metric: 'deaths', period: '1988/1994' });
    expect(retiredMetric('war_displaced')).toEqual({ metric: 'displaced', period: '1988/1994' });
    expect(retiredMetric('clash_deaths_2016')).toEqual({ metric: 'deaths', period: '2016-04' });
    expect(retiredMetric('helicopters_downed')).toBeNull();
    expect(retiredMetric('constructor')).toBeNull();
  });
});

describe('day arithmetic for relative words', () => {
  it('moves across months and years, knows weekdays, and refuses days that do not exist', async () => {
    const { addDays, isDay, isoDay, weekdayOf } = await import('../../../utils/engine/period');
    expect(addDays('2020-10-01', -1)).toBe('2020-09-30');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(weekdayOf('2020-09-27')).toBe(0);
    expect(isoDay(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDay(2021, 2, 29)).toBeNull();
    expect(isoDay(2020, 13, 1)).toBeNull();
    expect(isDay('2020-10-08')).toBe(true);
    expect(isDay('2020-10')).toBe(false);
    expect(isDay('2020-10-32')).toBe(false);
  });
});
