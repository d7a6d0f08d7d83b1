/**
 * People who fled are on the side of the country they reached ("arrived in Armenia", "Ermenistan'a
 * ulaştı"): in this war people flee to their own side, in every era (grammar `arrivedIn`).
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('people who fled, by the country they reached', () => {
  it.each([
    ['en', 'Some 20,000 refugees have arrived in Armenia since Sunday.', '20000 displaced ARM'],
    ['ru', 'За сутки 15 тысяч беженцев прибыли в Армению.', '15000 displaced ARM'],
    ['de', 'Bis Montag sind 30.000 Flüchtlinge in Armenien angekommen.', '30000 displaced ARM'],
    ['fr', 'Quelque 40 000 réfugiés sont arrivés en Arménie depuis lundi.', '40000 displaced ARM'],
    ['it', 'Finora 25.000 profughi sono arrivati in Armenia.', '25000 displaced ARM'],
    ['tr', "Şimdiye kadar 35 bin mülteci Ermenistan'a ulaştı.", '35000 displaced ARM'],
    ['az', '1992-ci ildə 40 min qaçqın Azərbaycana gəlib.', '40000 displaced AZ'],
  ])('%s: %s', (lang, text, expected) => {
    expect(sides(lang, text)).toEqual([expected]);
  });

  it('places no one by a country named without their arrival', () => {
    expect(sides('it', 'Finora 25.000 profughi hanno chiesto aiuto.')).toEqual(['25000 displaced null']);
  });
});
