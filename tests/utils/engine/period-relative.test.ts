/**
 * Days named against the article's day, in every language: the day before yesterday, the weekend
 * just past, the article's year; and spans the text does not bound ("last week"), which stay
 * unknown rather than becoming the article's day. Our own sentences, published Sunday 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-11'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const WEEKEND = '2020-10-10/2020-10-11';
const TWO_DAYS_AGO = '2020-10-09';

const CASES: [lang: string, text: string, period: string | null][] = [
  ['en', 'Over the weekend, 14 civilians were killed in Ganja.', WEEKEND],
  ['en', 'Two days ago, 14 civilians were killed in Ganja.', TWO_DAYS_AGO],
  ['en', 'Last week, 14 civilians were killed in Ganja.', null],
  ['en', 'Earlier this week, 14 civilians were killed in Ganja.', null],
  ['ru', 'В выходные погибли 14 мирных жителей.', WEEKEND],
  ['ru', 'Позавчера погибли 14 мирных жителей.', TWO_DAYS_AGO],
  ['ru', 'На прошлой неделе погибли 14 мирных жителей.', null],
  ['de', 'Am Wochenende wurden 14 Zivilisten getötet.', WEEKEND],
  ['de', 'Vorgestern wurden 14 Zivilisten getötet.', TWO_DAYS_AGO],
  ['de', 'In der vergangenen Woche wurden 14 Zivilisten getötet.', null],
  ['fr', 'Ce week-end, 14 civils ont été tués à Gandja.', WEEKEND],
  ['fr', 'Avant-hier, 14 civils ont été tués à Gandja.', TWO_DAYS_AGO],
  ['fr', 'La semaine dernière, 14 civils ont été tués à Gandja.', null],
  ['it', 'Nel fine settimana 14 civili sono stati uccisi a Ganja.', WEEKEND],
  ['it', "L'altro ieri 14 civili sono stati uccisi a Ganja.", TWO_DAYS_AGO],
  ['it', 'La settimana scorsa 14 civili sono stati uccisi a Ganja.', null],
  ['tr', 'Hafta sonu 14 sivil hayatını kaybetti.', WEEKEND],
  ['tr', 'Önceki gün 14 sivil hayatını kaybetti.', TWO_DAYS_AGO],
  ['tr', 'Geçen hafta 14 sivil hayatını kaybetti.', null],
  ['az', 'Həftəsonu 14 mülki şəxs həlak olub.', WEEKEND],
  ['az', 'Srağagün 14 mülki şəxs həlak olub.', TWO_DAYS_AGO],
  ['az', 'Keçən həftə 14 mülki şəxs həlak olub.', null],
  ['hy', 'Հանգստյան օրերին զոհվել է 14 խաղաղ բնակիչ։', WEEKEND],
  ['hy', 'Երկու օր առաջ զոհվել է 14 խաղաղ բնակիչ։', TWO_DAYS_AGO],
  ['hy', 'Նախորդ շաբաթ զոհվել է 14 խաղաղ բնակիչ։', null],
];

describe('days named against the article', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('reads the weekend before a weekday article as its Saturday and Sunday', () => {
    expect(periods('Over the weekend, 14 civilians were killed.', 'en', '2020-10-14')).toEqual([
      '2020-10-10/2020-10-11',
    ]);
  });

  it('reads "this year" as the article year, and a tally "so far this year" from its first day', () => {
    expect(periods('This year 14 civilians were killed by mines.', 'en', '2025-06-01')).toEqual(['2025']);
    expect(periods('So far this year, 14 civilians were killed by mines.', 'en', '2025-06-01')).toEqual([
      '2025-01-01/2025-06-01',
    ]);
    expect(periods('С начала года погибли 14 мирных жителей.', 'ru', '2025-06-01')).toEqual([
      '2025-01-01/2025-06-01',
    ]);
  });

  it('leaves a Saturday article a Saturday, not a span still to come', () => {
    expect(periods('Over the weekend, 14 civilians were killed.', 'en', '2020-10-10')).toEqual([
      '2020-10-10',
    ]);
  });

  it('reads "since Sunday" as a tally from the last Sunday before the article', () => {
    expect(periods('Since Sunday, 200 soldiers have been killed.', 'en')).toEqual(['2020-10-04/2020-10-11']);
    expect(periods('Since Friday, 200 soldiers have been killed.', 'en')).toEqual(['2020-10-09/2020-10-11']);
    expect(periods('С пятницы погибли 200 военнослужащих.', 'ru')).toEqual(['2020-10-09/2020-10-11']);
  });

  it.each([
    ['en', 'The previous day, five civilians were killed.'],
    ['ru', 'Днем ранее погибли пять мирных жителей.'],
    ['de', 'Am Vortag wurden fünf Zivilisten getötet.'],
    ['de', 'Am Tag zuvor wurden fünf Zivilisten getötet.'],
    ['de', 'Tags zuvor wurden fünf Zivilisten getötet.'],
    ['it', 'Il giorno prima cinque civili sono stati uccisi.'],
    ['tr', 'Bir gün önce 5 sivil hayatını kaybetti.'],
    ['az', 'Ötən gün 5 mülki şəxs həlak olub.'],
    ['hy', 'Նախորդ օրը զոհվել է 5 խաղաղ բնակիչ։'],
  ])('%s: reads "the previous day" as the day before the article', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-10-10']);
  });

  it('reads the night "с 10 на 11 октября" as those two days', () => {
    expect(periods('В ночь с 10 на 11 октября погибли пять мирных жителей.', 'ru')).toEqual([
      '2020-10-10/2020-10-11',
    ]);
  });

  it('does not take an adverb like "recently" for a span: the figure keeps the article day', () => {
    expect(periods('Officials recently said that 14 civilians were killed in Ganja.', 'en')).toEqual([
      '2020-10-11',
    ]);
  });
});
