/**
 * A toll that "exceeded" a number is more than it ("число погибших превысило", "sayısı … aştı",
 * "überstieg", "a dépassé", "ha superato"): the verb is the toll's and the count's qualifier at
 * once. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a toll that exceeded a number', () => {
  it.each([
    ['ru', 'Число погибших мирных жителей превысило 60.'],
    ['tr', 'Hayatını kaybeden sivillerin sayısı 60’ı aştı.'],
    ['de', 'Die Zahl der getöteten Zivilisten überstieg 60.'],
    ['fr', 'Le nombre de civils tués a dépassé les 60.'],
    ['it', 'Il numero dei civili uccisi ha superato i 60.'],
  ])('%s: more than the number', (lang, text) => {
    expect(claimantBriefs(lang)(text)).toEqual([figure(60, 'more_than', 'civilians_killed', null)]);
  });

  it('ru: a scale word after the verb', () => {
    expect(claimantBriefs('ru')('По оценкам, число погибших превысило 3 тысячи.')).toEqual([
      figure(3000, 'more_than', 'civilians_killed', null),
    ]);
  });

  it('de: a toll that reached a number is exact', () => {
    expect(claimantBriefs('de')('Die Zahl der getöteten Zivilisten erreichte 41.')).toEqual([
      figure(41, 'exact', 'civilians_killed', null),
    ]);
  });
});
