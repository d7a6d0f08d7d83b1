/**
 * The word for a thousand counts alone where the language says "a thousand" with it and no "one":
 * "mille soldati", "mille soldats", "tausend Soldaten", "тысяча человек", "bin asker", "min nəfər";
 * with a number before it, it still multiplies ("deux mille", "iki bin"), and its plural stays a
 * vague count ("тысячи", "Tausende", "binlerce"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { foreignLexicon } from '../../../../utils/engine/lexicons';
import { findNumbersIn } from '../../../../utils/engine/number/lexicon';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric}`);
const numbers = (lang: string, text: string) =>
  findNumbersIn(
    text,
    foreignLexicon(lang)?.numbers ??
      ({ words: {}, scales: {}, vague: [], before: {}, groupSeparators: '' } as never),
  ).map((m) => m.value);

describe('a lone thousand', () => {
  it.each([
    ['it', 'Nei combattimenti sono morti oltre mille soldati.', ['1000 soldiers_killed']],
    ['fr', 'Plus de mille soldats ont perdu la vie dans les combats.', ['1000 soldiers_killed']],
    ['de', 'Bei den Kämpfen wurden tausend Soldaten getötet.', ['1000 soldiers_killed']],
    ['ru', 'В боях погибла тысяча военнослужащих.', ['1000 soldiers_killed']],
    ['tr', 'Çatışmalarda bin asker hayatını kaybetti.', ['1000 soldiers_killed']],
    ['az', 'Döyüşlərdə min hərbçi həlak olub.', ['1000 soldiers_killed']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });

  it.each([
    ['fr', 'deux mille soldats, des milliers de civils', [2000, null]],
    ['tr', 'iki bin asker, 2 bin 500 kişi, binlerce sivil', [2000, 2500, null]],
    ['az', 'iki min əsgər, minlərlə insan', [2000, null]],
    ['ru', 'две тысячи раненых, тысячи беженцев', [2000, null]],
    ['de', 'zweitausend Zivilisten, Tausende Flüchtlinge', [2000, null]],
    ['it', 'duemila civili, millecinquecento feriti', [2000, 1500]],
  ])('%s: a number before it multiplies, its plural is vague: %s', (lang, text, expected) => {
    expect(numbers(lang, text)).toEqual(expected);
  });
});
