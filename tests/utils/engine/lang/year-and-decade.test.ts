/**
 * A decade written as a number word after the word for years ("anni Novanta", "années
 * quatre-vingt-dix") and a bare year with no noun of its own ("la guerra del 2020 … sono stati
 * uccisi") count nobody. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('years and decades are not counts', () => {
  it.each([
    [
      'it',
      'Nella guerra degli anni Novanta morirono circa 30.000 persone.',
      '30000 deaths [circa 30.000 persone]',
    ],
    [
      'it',
      'Durante la guerra del 2020 sono stati uccisi oltre 3.800 soldati armeni.',
      '3800 soldiers_killed [oltre 3.800 soldati armeni]',
    ],
    ['fr', 'Dans les années quatre-vingt-dix, la guerre a fait 30 000 morts.', '30000 deaths [30 000 morts]'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });

  it('still counts four digits that have a noun of their own', () => {
    expect(read('Secondo il ministero, 2020 soldati armeni sono stati uccisi.', 'it')).toEqual([
      '2020 soldiers_killed [2020 soldati armeni]',
    ]);
  });
});
