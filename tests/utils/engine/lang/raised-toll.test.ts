/**
 * A verb raising a toll to a count, the toll named after the count ("portant à 1.166 le nombre de
 * morts", "portando a 1.105 il bilancio delle vittime"): the count is the toll's. A toll naming no
 * group counts the people of the count before it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} [${f.text}]`);

describe('a toll raised to a count before its noun', () => {
  it('reads the French toll of soldiers', () => {
    expect(
      read('fr', "L'armée du Karabakh a recensé 23 soldats tués de plus, portant à 987 le nombre de morts."),
    ).toEqual(['23 soldiers_killed [23 soldats tués]', '987 soldiers_killed [987 le nombre de morts]']);
  });

  it('reads the French toll that names civilians', () => {
    expect(
      read('fr', 'Une roquette a frappé Tartar, ce qui porte à 52 le nombre de victimes civiles.'),
    ).toEqual(['52 civilians_killed [52 le nombre de victimes]']);
  });

  it('reads the Italian toll', () => {
    expect(
      read('it', 'Stepanakert ha annunciato altri 19 soldati uccisi, portando a 874 il bilancio dei morti.'),
    ).toEqual(['19 soldiers_killed [19 soldati uccisi]', '874 soldiers_killed [874 il bilancio dei morti]']);
  });

  it('leaves a raised count of something else alone', () => {
    expect(
      read(
        'fr',
        'Un obus a tué deux civils à Barda. La banque a fermé 12 agences, portant à 80 le nombre de fermetures.',
      ),
    ).toEqual(['2 civilians_killed [deux civils]']);
  });
});
