/**
 * The loss as a noun, and Russian "потерять убитыми", are the loser's own: "bezifferte die eigenen
 * Verluste auf", "räumte den Verlust von … ein", "la perte de", "la perdita di", "потеряла
 * убитыми"; the enemy named after the loss word is still the enemy ("Verluste des Gegners").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('a loss noun belongs to its speaker or subject', () => {
  it.each([
    [
      'ru',
      'Как заявил Пашинян, армянская сторона потеряла убитыми 2 425 военнослужащих.',
      figure(2425, 'exact', 'soldiers_killed', 'ARM', 'arm_pm'),
    ],
    [
      'de',
      'Das aserbaidschanische Verteidigungsministerium bezifferte die eigenen Verluste auf rund 2900 Soldaten.',
      figure(2900, 'about', 'soldiers_killed', 'AZ', 'az_mod'),
    ],
    [
      'de',
      'Armenien räumte den Verlust von 120 Soldaten ein.',
      figure(120, 'exact', 'soldiers_killed', 'ARM', 'arm_gov'),
    ],
    [
      'it',
      "L'Azerbaigian ha annunciato la perdita di 45 soldati nei combattimenti.",
      figure(45, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it('keeps the enemy’s losses the enemy’s', () => {
    expect(claimantBriefs('de')('Armenien meldete Verluste des Gegners von 300 Soldaten.')).toEqual([
      figure(300, 'exact', 'soldiers_killed', 'AZ', 'arm_gov'),
    ]);
  });
});
