/**
 * Months named against the article's month, in every language: "last month" counts the month
 * before the article's (YYYY-MM, across a new year too), "earlier this month" the article's own
 * month; neither becomes the article's day. Our own sentences, published 14 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string, publishedDate = '2020-10-14'): (string | null)[] {
  return extractFigures(text, { lang, publishedDate })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const LAST: [lang: string, text: string][] = [
  ['en', 'Last month, 14 civilians were killed in Ganja.'],
  ['ru', 'В прошлом месяце погибли 14 мирных жителей.'],
  ['ru', 'В минувшем месяце погибли 14 мирных жителей.'],
  ['de', 'Letzten Monat wurden 14 Zivilisten getötet.'],
  ['de', 'Im vergangenen Monat wurden 14 Zivilisten getötet.'],
  ['fr', 'Le mois dernier, 14 civils ont été tués à Gandja.'],
  ['it', 'Il mese scorso 14 civili sono stati uccisi a Ganja.'],
  ['it', 'Lo scorso mese 14 civili sono stati uccisi a Ganja.'],
  ['tr', 'Geçen ay 14 sivil hayatını kaybetti.'],
  ['az', 'Keçən ay 14 mülki şəxs həlak olub.'],
  ['az', 'Ötən ay 14 mülki şəxs həlak olub.'],
  ['hy', 'Անցած ամիս զոհվել է 14 խաղաղ բնակիչ։'],
  ['hy', 'Նախորդ ամսին զոհվել է 14 խաղաղ բնակիչ։'],
];

const THIS: [lang: string, text: string][] = [
  ['en', 'Earlier this month, 14 civilians were killed in Ganja.'],
  ['ru', 'В начале месяца погибли 14 мирных жителей.'],
  ['de', 'Anfang des Monats wurden 14 Zivilisten getötet.'],
  ['fr', 'Plus tôt ce mois-ci, 14 civils ont été tués à Gandja.'],
  ['it', "All'inizio del mese 14 civili sono stati uccisi a Ganja."],
  ['tr', 'Bu ayın başında 14 sivil hayatını kaybetti.'],
  ['az', 'Bu ayın əvvəlində 14 mülki şəxs həlak olub.'],
  ['hy', 'Այս ամսին զոհվել է 14 խաղաղ բնակիչ։'],
];

describe('months named against the article', () => {
  it.each(LAST)('%s: "last month" is the month before the article\'s: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-09']);
  });

  it.each(THIS)('%s: "this month" is the article\'s month: %s', (lang, text) => {
    expect(periods(text, lang)).toEqual(['2020-10']);
  });

  it('reads "last month" in a January article as December of the year before', () => {
    expect(periods('Last month, 14 civilians were killed by mines.', 'en', '2021-01-05')).toEqual([
      '2020-12',
    ]);
    expect(periods('Geçen ay 14 sivil hayatını kaybetti.', 'tr', '2021-01-05')).toEqual(['2020-12']);
  });

  it('leaves "last month" unknown without the article date, and keeps a tally after it its own', () => {
    expect(periods('Last month, 14 civilians were killed by mines.', 'en', '')).toEqual([null]);
    expect(
      periods('So far 480 soldiers have been killed. Last month, 14 civilians were killed in Ganja.', 'en'),
    ).toEqual(['2020-09-27/2020-10-14', '2020-09']);
  });
});
