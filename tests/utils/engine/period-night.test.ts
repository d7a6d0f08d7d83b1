/**
 * The night and morning just past, where the lexicons lacked them (Turkish, Azerbaijani, Armenian
 * nights; French and Italian "this morning"): the article's day, even after a sentence that gave
 * a running total, whose period would otherwise carry on; "that night" points back at a night
 * the text named before and stays unknown, and a night right after a date is that date's.
 * Our own sentences, published 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const SO_FAR = '2020-09-27/2020-10-14';
const TODAY = '2020-10-14';

const TALLY: Record<string, string> = {
  tr: 'Şu ana kadar 480 asker hayatını kaybetti.',
  az: 'İndiyədək 480 hərbçi həlak olub.',
  hy: 'Մինչ այժմ զոհվել է 480 զինծառայող։',
  fr: 'Au total, 480 soldats ont été tués.',
  it: 'Finora sono stati uccisi 480 soldati.',
};

const CASES: [lang: string, text: string][] = [
  ['tr', 'Gece üç sivil hayatını kaybetti.'],
  ['tr', 'Gece saatlerinde üç sivil hayatını kaybetti.'],
  ['tr', 'Gece yarısı üç sivil hayatını kaybetti.'],
  ['tr', 'Sabah saatlerinde üç sivil hayatını kaybetti.'],
  ['az', 'Gecə 3 mülki şəxs həlak olub.'],
  ['az', 'Gecə saatlarında 3 mülki şəxs həlak olub.'],
  ['az', 'Bu səhər 3 mülki şəxs həlak olub.'],
  ['hy', 'Գիշերվա ընթացքում զոհվել է 3 խաղաղ բնակիչ։'],
  ['hy', 'Այս գիշեր զոհվել է 3 խաղաղ բնակիչ։'],
  ['fr', 'Ce matin, trois civils ont été tués à Barda.'],
  ['it', 'Stamattina tre civili sono stati uccisi a Barda.'],
  ['it', 'Questa mattina tre civili sono stati uccisi a Barda.'],
];

describe('the night and morning just past', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(`${TALLY[lang]} ${text}`, lang)).toEqual([SO_FAR, TODAY]);
  });

  it("reads the night after a date as that date's night", () => {
    expect(periods("11 Ekim'de gece üç sivil hayatını kaybetti.", 'tr')).toEqual(['2020-10-11']);
    expect(periods('Oktyabrın 11-də gecə 3 mülki şəxs həlak olub.', 'az')).toEqual(['2020-10-11']);
    expect(periods('11 октября ночью погибли три мирных жителя.', 'ru')).toEqual(['2020-10-11']);
  });

  it('does not read "day and night" as a night, and leaves "that night" unknown', () => {
    expect(periods(`${TALLY.tr} Gece gündüz süren saldırılarda üç sivil hayatını kaybetti.`, 'tr')).toEqual([
      SO_FAR,
      SO_FAR,
    ]);
    expect(periods(`${TALLY.tr} O gece üç sivil hayatını kaybetti.`, 'tr')).toEqual([SO_FAR, null]);
    expect(periods(`${TALLY.az} Həmin gecə 3 mülki şəxs həlak olub.`, 'az')).toEqual([SO_FAR, null]);
  });
});
