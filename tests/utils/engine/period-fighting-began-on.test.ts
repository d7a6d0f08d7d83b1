/**
 * The day a fighting began, named beside a running total, starts the tally rather than ending it:
 * "in the fighting that began on 27 September, so far …", "Seit Kriegsbeginn am 27. September",
 * "Sentyabrın 27-dən başlayan döyüşlərdə" are the fighting from that day to the article's. Our own
 * sentences, published 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SO_FAR = '2020-09-27/2020-10-11';

const CASES: [lang: string, text: string][] = [
  ['tr', "27 Eylül'de başlayan çatışmalarda şimdiye kadar 13 sivil hayatını kaybetti."],
  ['tr', "27 Eylül'de başlayan saldırılarda 13 sivil hayatını kaybetti."],
  ['de', 'Seit Kriegsbeginn am 27. September wurden 13 Zivilisten getötet.'],
  ['az', 'Sentyabrın 27-də başlayan döyüşlərdə 13 mülki şəxs həlak olub.'],
];

describe('the day a fighting began, beside its tally', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual([SO_FAR]);
  });

  it('still ends a tally on that day when the text says so', () => {
    expect(periods('As of 27 September, 13 civilians had been killed in total.', 'en')).toEqual([
      '2020-09-27',
    ]);
  });
});
