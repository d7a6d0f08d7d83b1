/**
 * A toll whose group carries a nationality ("Le nombre de civils azerbaïdjanais tués est passé à …",
 * "Il numero dei soldati armeni uccisi è salito a …") counts that group; a quote "si legge in una nota
 * del ministero …", "peut-on lire dans un communiqué du ministère …" is the ministry's.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('tolls naming a nationality, and quotes read in a note', () => {
  it('counts a toll whose group carries a nationality', () => {
    expect(claimantBriefs('fr')('Le nombre de soldats arméniens tués est passé à 480.')).toEqual([
      figure(480, 'exact', 'soldiers_killed', 'ARM'),
    ]);
    expect(claimantBriefs('it')('Il numero dei civili azeri feriti è salito a 320.')).toEqual([
      figure(320, 'exact', 'civilians_injured', 'AZ'),
    ]);
  });

  it('reads the ministry a note is of as the speaker of a quote', () => {
    expect(
      claimantBriefs('it')(
        '«Sono stati distrutti sei carri armati nemici», si legge in una nota del ministero della Difesa armeno.',
      ),
    ).toEqual([figure(6, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod')]);
    expect(
      claimantBriefs('fr')(
        '« Six chars ennemis ont été détruits », peut-on lire dans un communiqué du ministère arménien de la Défense.',
      ),
    ).toEqual([figure(6, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod')]);
  });
});
