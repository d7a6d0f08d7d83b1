/**
 * Russian reports put a side's losses in people: "потери противника составили более 200 человек",
 * "Потери армянской стороны составили 2425 человек". Losses are soldiers, the enemy's are the
 * other side's, and a party named before a comma owns no toll after it. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('ru');

describe('Russian: losses counted in people', () => {
  it('reads the enemy’s losses as the other side’s soldiers', () => {
    expect(read('По информации армянской стороны, потери противника составили более 180 человек.')).toEqual([
      figure(180, 'more_than', 'soldiers_killed', 'AZ', 'arm_gov'),
    ]);
  });

  it('reads a named side’s losses as its soldiers', () => {
    expect(read('Потери армянской стороны составили 1870 человек, сообщил Пашинян.')).toEqual([
      figure(1870, 'exact', 'soldiers_killed', 'ARM', 'arm_pm'),
    ]);
  });

  it('reads people counted in the genitive singular ("2 783 человека") as the toll’s group', () => {
    expect(read('Потери азербайджанской армии составили 1 342 человека.')).toEqual([
      figure(1342, 'exact', 'soldiers_killed', 'AZ'),
    ]);
  });

  it('keeps civilian losses civilian', () => {
    expect(read('Потери среди мирного населения составили 50 человек.').map((f) => f.metric)).toEqual([
      'civilians_killed',
    ]);
  });
});
