/**
 * More names of the wars: German "der erste Krieg um Bergkarabach" (the 1990s war) and Turkish
 * "Vatan Muharebesi" (the 2020 war) count their war's period whenever the article was published.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const periods = (lang: string, text: string) =>
  extractFigures(text, { lang, publishedDate: '2022-06-01' }).map((f) => `${f.value} ${f.period}`);

describe('more names of the wars', () => {
  it.each([
    ['de', 'Im ersten Krieg um Bergkarabach starben rund 25.000 Menschen.', '25000 1988/1994'],
    ['de', 'Im ersten Karabach-Konflikt wurden 25.000 Menschen getötet.', '25000 1988/1994'],
    ['tr', "Vatan Muharebesi'nde 2900 asker şehit oldu.", '2900 2020-09-27/2020-11-10'],
  ])('%s: %s', (lang, text, expected) => {
    expect(periods(lang, text)).toEqual([expected]);
  });
});
