/**
 * Turkish and Azerbaijani weekdays whose name is a common word alone ("pazar", "bazar": market;
 * Turkish Tuesday "salı" bare) are read with the part of the day that follows them ("Pazar
 * gecesi", "Salı sabahı", "Bazar səhəri"): the last such weekday up to the article, not a tally
 * carried from before. Our own sentences, published Wednesday 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SO_FAR = '2020-09-27/2020-10-14';
const TR = 'Şu ana kadar 480 asker hayatını kaybetti.';
const AZ = 'İndiyədək 480 hərbçi həlak olub.';

const CASES: [lang: string, text: string, day: string][] = [
  ['tr', `${TR} Pazar gecesi üç sivil hayatını kaybetti.`, '2020-10-11'],
  ['tr', `${TR} Pazar sabahı üç sivil hayatını kaybetti.`, '2020-10-11'],
  ['tr', `${TR} Salı sabahı üç sivil hayatını kaybetti.`, '2020-10-13'],
  ['tr', `${TR} Salı 12 sivil hayatını kaybetti.`, '2020-10-13'],
  ['az', `${AZ} Bazar gecəsi 3 mülki şəxs həlak olub.`, '2020-10-11'],
  ['az', `${AZ} Bazar səhəri 3 mülki şəxs həlak olub.`, '2020-10-11'],
];

describe('a weekday with the part of the day after it', () => {
  it.each(CASES)('%s: %s', (lang, text, day) => {
    expect(periods(text, lang)).toEqual([SO_FAR, day]);
  });

  it('does not read the market as Sunday', () => {
    expect(periods(`${TR} Pazar yerinde üç sivil hayatını kaybetti.`, 'tr')).toEqual([SO_FAR, SO_FAR]);
  });
});
