/**
 * A month named without a day ("in April", "в апреле", "Nisan ayında") counts that month: the
 * year the text gives, else the latest such month up to the article; "since April" counts from
 * its start. Our own sentences, published on 1 June 2016.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2016-06-01'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string][] = [
  ['en', 'In April, 94 Armenian soldiers were killed.'],
  ['ru', 'В апреле погибли 94 армянских военнослужащих.'],
  ['de', 'Im April wurden 94 armenische Soldaten getötet.'],
  ['fr', 'En avril, 94 soldats arméniens ont été tués.'],
  ['it', 'Ad aprile 94 soldati armeni sono stati uccisi.'],
  ['tr', 'Nisan ayında 94 Ermeni asker öldürüldü.'],
  ['az', 'Aprel ayında 94 erməni hərbçisi məhv edilib.'],
];

describe('a month without a day', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2016-04']);
  });

  it('reads a later month as last year’s', () => {
    expect(periods('In October, 94 Armenian soldiers were killed.', 'en')).toEqual(['2015-10']);
  });

  it('keeps the year the text gives', () => {
    expect(periods('In October 2020, 94 Armenian soldiers were killed.', 'en', '2022-06-01')).toEqual([
      '2020-10',
    ]);
  });

  it('reads "since April" as a tally from its start to the article', () => {
    expect(periods('Since April, 94 Armenian soldiers have been killed.', 'en')).toEqual([
      '2016-04/2016-06-01',
    ]);
  });

  it('does not take a count after a month for its day', () => {
    expect(periods('Il 2 aprile 94 soldati armeni sono stati uccisi.', 'it')).toEqual(['2016-04-02']);
  });

  it('reads "в ночь на 11 октября" as that night, not a tally up to it', () => {
    expect(periods('В ночь на 11 октября погибли 10 мирных жителей.', 'ru', '2020-10-12')).toEqual([
      '2020-10-11',
    ]);
  });
});
