/**
 * Dates written in numbers, in every language: day first with dots or slashes ("27.09.2020",
 * "27/09/2020", with a case ending "27.09.2020-ին"), as a day, a span or the day a tally ends.
 * English slashes may put the month first: a date only one order allows is read so, one both
 * orders allow stays unknown. Our own sentences, published 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const DAY: [lang: string, text: string][] = [
  ['en', 'On 27.09.2020, 16 soldiers were killed.'],
  ['ru', '27.09.2020 погибли 16 военнослужащих.'],
  ['de', 'Am 27.09.2020 wurden 16 Soldaten getötet.'],
  ['fr', 'Le 27/09/2020, 16 soldats ont été tués.'],
  ['it', 'Il 27/09/2020 sono stati uccisi 16 soldati.'],
  ['tr', '27.09.2020 tarihinde 16 asker hayatını kaybetti.'],
  ['az', '27.09.2020 tarixində 16 hərbçi həlak olub.'],
  ['hy', '27.09.2020-ին զոհվել է 16 զինծառայող։'],
];

describe('dates written in numbers', () => {
  it.each(DAY)('%s: a numeric date is its day: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-09-27']);
  });

  it('reads English slashes in the order a number over 12 shows, and leaves the others unknown', () => {
    expect(periods('On 9/27/2020, 16 soldiers were killed.', 'en')).toEqual(['2020-09-27']);
    expect(periods('On 27/9/2020, 16 soldiers were killed.', 'en')).toEqual(['2020-09-27']);
    expect(periods('On 10/9/2020, 16 soldiers were killed.', 'en')).toEqual([null]);
    expect(periods('Le 10/09/2020, 16 soldats ont été tués.', 'fr')).toEqual(['2020-09-10']);
  });

  it('reads a span and a tally up to a numeric date', () => {
    expect(periods('From 27.09.2020 to 10.10.2020, 480 soldiers were killed.', 'en')).toEqual([
      '2020-09-27/2020-10-10',
    ]);
    expect(periods('По состоянию на 10.10.2020 погибли 480 военнослужащих.', 'ru')).toEqual([
      '2020-09-27/2020-10-10',
    ]);
  });

  it('takes no date out of longer runs of numbers', () => {
    expect(periods('Ref. 1.27.09.2020: 16 soldiers were killed.', 'en')).toEqual(['2020-10-14']);
    expect(periods('On 32.09.2020, 16 soldiers were killed.', 'en')).toEqual(['2020-10-14']);
  });
});
