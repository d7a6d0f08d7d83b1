/**
 * A speaker named by a possessive and a role ("according to its health ministry", "seines
 * Verteidigungsministeriums", "son ministère", "il suo ministero") is the role of the party the
 * sentence named first, not the last speaker of the text (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a possessive speaker', () => {
  it.each([
    [
      'en',
      'Karabakh officials spoke on Monday. Azerbaijan lost 2,900 soldiers, according to its defence ministry.',
      [figure(2900, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    [
      'en',
      'Karabakh officials spoke on Monday. Armenia lost 3,100 soldiers, its defence ministry said.',
      [figure(3100, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'de',
      'Aserbaidschan verlor nach Angaben seines Verteidigungsministeriums 2900 Soldaten.',
      [figure(2900, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
    [
      'fr',
      "L'Arménie a perdu 3 100 soldats, selon son ministère de la Défense.",
      [figure(3100, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      'it',
      "L'Azerbaigian ha perso 2.900 soldati, secondo il suo ministero della Difesa.",
      [figure(2900, 'exact', 'soldiers_killed', 'AZ', 'az_mod')],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual(expected);
  });
});
