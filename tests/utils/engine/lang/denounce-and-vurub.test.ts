/**
 * Lexicon entries: a French ministry that "dénonce" or "déplore" deaths is their speaker; an
 * Azerbaijani army that "vurub" (has shot down) machines downs them. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('speakers who denounce, and the Azerbaijani perfect of "shoot down"', () => {
  it('reads a French ministry denouncing deaths as their speaker', () => {
    expect(
      claimantBriefs('fr')(
        'Le ministère arménien des Affaires étrangères a dénoncé la mort de quatre civils.',
      ),
    ).toEqual([figure(4, 'exact', 'civilians_killed', 'ARM', 'arm_mfa')]);
    expect(
      claimantBriefs('fr')('Le ministère azerbaïdjanais de la Défense déplore la mort de 6 soldats.'),
    ).toEqual([figure(6, 'exact', 'soldiers_killed', 'AZ', 'az_mod')]);
  });

  it('reads "vurub" as a downing', () => {
    expect(
      claimantBriefs('az')('Azərbaycan Ordusu erməni ordusunun 4 pilotsuz uçuş aparatını vurub.'),
    ).toEqual([figure(4, 'exact', 'drones_downed', 'ARM', null)]);
  });
});
