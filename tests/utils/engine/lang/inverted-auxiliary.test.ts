/**
 * ", a indiqué le ministère arménien", ", ha dichiarato il ministero armeno": an attribution verb
 * with its auxiliary right after a comma leads its subject, so the speaker is the phrase after it,
 * not the side word in the clause before ("Trois chars azerbaïdjanais ont été détruits"); and the
 * Turkish and Azerbaijani "claimed" ("öne sürdü", "irəli sürüb") attribute. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.id ?? '-'}`);

describe('an inverted attribution with its auxiliary', () => {
  it.each([
    [
      'fr',
      'Trois chars azerbaïdjanais ont été détruits, a indiqué le ministère arménien de la Défense.',
      ['3 tanks_destroyed AZ arm_mod'],
    ],
    [
      'fr',
      'Deux hélicoptères arméniens ont été abattus, ont affirmé les autorités azerbaïdjanaises.',
      ['2 helicopters_downed ARM az_gov'],
    ],
    [
      'it',
      'Tre carri armati azeri sono stati distrutti, ha dichiarato il ministero della Difesa armeno.',
      ['3 tanks_destroyed AZ arm_mod'],
    ],
    [
      'tr',
      'Ermenistan Savunma Bakanlığı, üç Azerbaycan tankının imha edildiğini öne sürdü.',
      ['3 tanks_destroyed AZ arm_mod'],
    ],
    [
      'az',
      'Ermənistan Müdafiə Nazirliyi üç Azərbaycan tankının vurulduğunu irəli sürüb.',
      ['3 tanks_destroyed AZ arm_mod'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual(expected);
  });

  it('keeps the subject before the verb when no comma leads it', () => {
    expect(read('fr', 'Erevan a affirmé mardi que trois chars azerbaïdjanais ont été détruits.')).toEqual([
      '3 tanks_destroyed AZ arm_gov',
    ]);
  });
});
