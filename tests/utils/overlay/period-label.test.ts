import { describe, expect, it } from 'vitest';
import {
  dateWords,
  isRunningTotal,
  periodInputHint,
  periodLabel,
  rangeWords,
} from '../../../utils/overlay/period-label';

/** Eras as the topic pack writes them, with the 2020 war for running totals. */
const eras = [
  { id: 'war_1988_1994', label: '1988–94 war', period: '1988/1994', cues: [] },
  { id: 'clash_2016', label: 'April 2016 clashes', period: '2016-04', cues: [] },
  { id: 'war_2020', label: '2020 war', period: '2020-09-27/2020-11-10', cues: [] },
];

describe('periods in words', () => {
  it('writes days, months and years as a reader says them', () => {
    expect(dateWords('2020-09-27')).toBe('27 Sep 2020');
    expect(dateWords('2020-10-01')).toBe('1 Oct 2020');
    expect(dateWords('2020-09')).toBe('Sep 2020');
    expect(dateWords('2016')).toBe('2016');
    expect(dateWords('last week')).toBe('last week');
  });

  it('writes ranges compactly', () => {
    expect(rangeWords('2020-09-27', '2020-09-29')).toBe('27–29 Sep 2020');
    expect(rangeWords('2020-09-27', '2020-10-10')).toBe('27 Sep – 10 Oct 2020');
    expect(rangeWords('2019-12-30', '2020-01-02')).toBe('30 Dec 2019 – 2 Jan 2020');
    expect(rangeWords('1988', '1994')).toBe('1988–1994');
    expect(rangeWords('2016-04', '2016-05')).toBe('Apr – May 2016');
  });

  it('names a day, a month, a range, a running total and an era', () => {
    expect(periodLabel('2020-09-27', eras)).toBe('27 Sep 2020');
    expect(periodLabel('2020-10', eras)).toBe('Oct 2020');
    expect(periodLabel('2020-09-29/2020-10-10', eras)).toBe('29 Sep – 10 Oct 2020');
    expect(periodLabel('2020-09-27/2020-10-10', eras)).toBe('so far, to 10 Oct 2020');
    expect(periodLabel('1988/1994', eras)).toBe('1988–94 war');
    expect(periodLabel('2016-04-01/2016-04-30', eras)).toBe('April 2016 clashes');
    expect(periodLabel('2020-09-27/2020-11-10', eras)).toBe('2020 war');
  });

  it('says when the period is unknown, and never guesses one', () => {
    expect(periodLabel(null, eras)).toBe('Period unknown');
    expect(periodLabel('2020-13-01', eras)).toBe('Period unknown');
    expect(periodLabel('yesterday', eras)).toBe('Period unknown');
  });

  it('tells a running total from a range and from the era itself', () => {
    expect(isRunningTotal('2020-09-27/2020-10-10', eras)).toBe(true);
    expect(isRunningTotal('2020-09-28/2020-10-10', eras)).toBe(false);
    expect(isRunningTotal('2020-09-27/2020-11-10', eras)).toBe(false);
    expect(isRunningTotal('2020-09-27', eras)).toBe(false);
  });

  it('tells a reader typing a period what it reads as, or how to write one', () => {
    expect(periodInputHint('2020-09-27/2020-10-10', eras)).toBe('Reads as: so far, to 10 Oct 2020.');
    expect(periodInputHint('27/09/2020', eras)).toMatch(/^Write a day \(2020-09-27\)/);
    expect(periodInputHint('', eras)).toMatch(/empty when not known/);
  });
});
