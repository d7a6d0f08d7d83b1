/**
 * A toll counted on both sides belongs to neither, wherever the phrase stands in the figure's
 * clause: right after the figure, after its verb, or before it (sentences written for these tests).
 * A town of one side named in the sentence before does not lend its side.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const sides = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.side}`);

describe('both sides', () => {
  it.each([
    ['en', 'Shells hit Tartar again. Nearly 4,000 people have been killed on both sides.', '4000'],
    ['de', 'Granaten trafen Terter. Auf beiden Seiten wurden fast 4000 Menschen getötet.', '4000'],
    ['fr', 'Des obus ont frappé Terter. Près de 4 000 personnes ont été tuées des deux côtés.', '4000'],
    [
      'it',
      'Granate hanno colpito Terter. Quasi 4.000 persone sono state uccise da entrambe le parti.',
      '4000',
    ],
    ['ru', 'Снаряды попали в Тертер. С обеих сторон погибли почти четыре тысячи человек.', '4000'],
    ['tr', 'Terter yine vuruldu. İki tarafta toplam 4 bine yakın kişi öldü.', '4000'],
    ['az', 'Tərtər yenə atəşə tutulub. Hər iki tərəfdən təxminən 4 min nəfər həlak olub.', '4000'],
  ])('%s: the toll has no side', (lang, text, value) => {
    expect(sides(lang, text)).toEqual([`${value} null`]);
  });

  it('keeps the side of a toll whose clause does not name both sides', () => {
    expect(sides('en', 'Both sides traded fire; 12 Armenian soldiers were killed.')).toEqual(['12 ARM']);
  });
});
