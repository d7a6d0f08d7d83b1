/**
 * Where dates are only written day first (German, French, Italian, Russian, Turkish), a number
 * right after a month name is a count, not the month's day: "im Oktober 8 Zivilisten" counts
 * October, not an 8 October (which, after the article's day, would even fall in the year before).
 * Our own sentences, published 11 October 2020.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const CASES: [lang: string, text: string, period: string][] = [
  ['de', 'Im Oktober 18 Zivilisten getötet, meldete das Ministerium.', '2020-10'],
  ['fr', 'En octobre 18 civils ont été tués.', '2020-10'],
  ['it', 'A ottobre 18 civili sono stati uccisi.', '2020-10'],
  ['ru', 'В сентябре 18 мирных жителей погибли.', '2020-09'],
  ['tr', 'Ekim 18 sivil hayatını kaybetti.', '2020-10-11'],
];

describe('a count right after a month name', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });

  it('still reads a day written after its month where the language writes it so', () => {
    expect(periods('Sentyabrın 28-də 18 mülki şəxs həlak olub.', 'az')).toEqual(['2020-09-28']);
    expect(periods('On October 8, 18 civilians were killed.', 'en')).toEqual(['2020-10-08']);
  });
});
