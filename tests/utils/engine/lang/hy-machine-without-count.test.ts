/**
 * Armenian has no article to count one machine: "խոցվել է ադրբեջանական ուղղաթիռ" and "հակառակորդի
 * ինքնաթիռը խոցվել է" each count one, read by the number scan itself (the lexicon's
 * implicitOneInScan). A plural, a count of its own or a machine with no loss is not one more.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { foreignLexicon } from '../../../../utils/engine/lexicons';
import { findNumbersIn } from '../../../../utils/engine/number/lexicon';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('hy');

describe('Armenian: a machine lost without a count', () => {
  it('counts one after the loss verb, with its side and speaker', () => {
    expect(read('ՀՀ ՊՆ-ն հայտնում է, որ խոցվել է ադրբեջանական անօդաչու թռչող սարք։')).toEqual([
      figure(1, 'exact', 'drones_downed', 'AZ', 'arm_mod'),
    ]);
    expect(read('Ոչնչացվել է հակառակորդի տանկ։')).toEqual([figure(1, 'exact', 'tanks_destroyed', 'AZ')]);
    expect(read('Խփվել է հակառակորդի ուղղաթիռ։')).toEqual([figure(1, 'exact', 'helicopters_downed', 'AZ')]);
  });

  it('counts one before the loss verb', () => {
    expect(read('Հակառակորդի ինքնաթիռը խոցվել է Մարտունու ուղղությամբ։')).toEqual([
      figure(1, 'exact', 'aircraft_downed', 'AZ'),
    ]);
    expect(read('Ադրբեջանական ԱԹՍ-ն խոցվել էր նախօրեին։')).toEqual([
      figure(1, 'exact', 'drones_downed', 'AZ'),
    ]);
    expect(read('Հայկական ուղղաթիռը խոցվեց սահմանի մոտ։')).toEqual([
      figure(1, 'exact', 'helicopters_downed', 'ARM'),
    ]);
  });

  it('leaves plurals, counts of their own and machines with no loss alone', () => {
    expect(read('Խոցվել են ադրբեջանական ուղղաթիռներ։')).toEqual([]);
    expect(read('Խոցվել է հակառակորդի երեք ուղղաթիռ։')).toEqual([
      figure(3, 'exact', 'helicopters_downed', 'AZ'),
    ]);
    expect(read('Հակառակորդի 2 ինքնաթիռը խոցվել է։')).toEqual([figure(2, 'exact', 'aircraft_downed', 'AZ')]);
    expect(read('Ուղղաթիռը վայրէջք է կատարել Երևանում։')).toEqual([]);
  });

  it('is found by the number scan, in text order with the counts', () => {
    const numbers = foreignLexicon('hy')?.numbers;
    if (!numbers) throw new Error('no Armenian numbers');
    const found = findNumbersIn('Խոցվել է 2 ԱԹՍ, իսկ հետո խոցվել է ուղղաթիռ։', numbers);
    expect(found.map((m) => [m.value, m.form])).toEqual([
      [2, 'digits'],
      [1, 'implicit'],
    ]);
  });
});
