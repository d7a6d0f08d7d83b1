/**
 * Italian "hanno riconosciuto" / "ha ammesso" attribute as well as admit: the separatist
 * authorities acknowledging more dead claim them, and they are their own. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('it');

describe('Italian admission verbs attribute', () => {
  it('reads acknowledged deaths as the acknowledging side’s own', () => {
    expect(read('Le autorità separatiste hanno riconosciuto la morte di altri 17 militari.')).toEqual([
      figure(17, 'exact', 'soldiers_killed', 'ARM', 'nk_authorities'),
    ]);
  });

  it('reads an admitted loss as the admitting side’s', () => {
    expect(read('Baku ha ammesso la perdita di 9 soldati.')).toEqual([
      figure(9, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ]);
  });
});
