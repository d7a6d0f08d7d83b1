/**
 * A month named alone in the case that says "in" (Armenian "ապրիլին", Turkish "Eylül'de",
 * Azerbaijani "sentyabrda") counts that month, of the year written before it or else the latest
 * up to the article; the same month with a day stays a day. Our own sentences, published
 * 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string, period: string][] = [
  ['hy', 'Ապրիլին զոհվել է 14 խաղաղ բնակիչ։', '2020-04'],
  ['hy', 'Սեպտեմբերին զոհվել է 14 խաղաղ բնակիչ։', '2020-09'],
  ['hy', '2016 թ. ապրիլին զոհվել է 94 զինծառայող։', '2016-04'],
  ['tr', "Eylül'de 14 sivil hayatını kaybetti.", '2020-09'],
  ['tr', 'Martta 14 sivil hayatını kaybetti.', '2020-03'],
  ['az', 'Sentyabrda atəş nəticəsində 14 mülki şəxs həlak olub.', '2020-09'],
  ['az', 'Apreldə atəş nəticəsində 14 mülki şəxs həlak olub.', '2020-04'],
];

describe('a month named alone in the case that says "in"', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('reads a later month than the article as last year', () => {
    expect(periods('Դեկտեմբերին զոհվել է 14 խաղաղ բնակիչ։', 'hy')).toEqual(['2019-12']);
  });

  it('keeps a month with a day a day, and a month in another case no time', () => {
    expect(periods('Սեպտեմբերի 27-ին զոհվել է 14 խաղաղ բնակիչ։', 'hy')).toEqual(['2020-09-27']);
    expect(periods("27 Eylül'de 14 sivil hayatını kaybetti.", 'tr')).toEqual(['2020-09-27']);
    expect(periods('Sentyabrın 27-də 14 mülki şəxs həlak olub.', 'az')).toEqual(['2020-09-27']);
  });
});
