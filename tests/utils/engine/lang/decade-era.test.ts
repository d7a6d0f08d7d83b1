/**
 * A decade named the short way is the first war: people killed in the war of the nineties are the
 * war's deaths, not civilians ("90'lı yıllardaki savaşta", "90-cı illərdə", "в 90-е годы", "in
 * den 90er Jahren", "negli anni '90", "les années quatre-vingt-dix"). Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.period} [${f.text}]`);

describe('the nineties are the first war', () => {
  it.each([
    [
      'tr',
      "90'lı yıllarda yaşanan savaşta yaklaşık 25 bin kişi öldü.",
      '25000 deaths 1988/1994 [yaklaşık 25 bin kişi]',
    ],
    [
      'az',
      '90-cı illərdə gedən müharibədə 25 min nəfər həlak olub.',
      '25000 deaths 1988/1994 [25 min nəfər]',
    ],
    [
      'ru',
      'В 90-е годы в ходе войны погибли около 25 тысяч человек.',
      '25000 deaths 1988/1994 [около 25 тысяч человек]',
    ],
    [
      'de',
      'In den 90er Jahren starben in dem Krieg rund 25.000 Menschen.',
      '25000 deaths 1988/1994 [rund 25.000 Menschen]',
    ],
    [
      'it',
      "Negli anni '90 il conflitto causò circa 25.000 morti.",
      '25000 deaths 1988/1994 [circa 25.000 morti]',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual([expected]);
  });
});
