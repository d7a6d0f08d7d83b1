/**
 * An attribution set between a loss verb and its count ("Aserbaidschan verlor nach eigenen Angaben
 * 50 Panzer", "L'Arménie a perdu, selon Bakou, 300 soldats", "Армения потеряла, по данным Еревана,
 * 60 военнослужащих") is an aside: the verb still acts on the count, so an own-loss verb makes its
 * subject the loser and an active one makes it the agent; a country named in the aside is the
 * speaker, not the loser. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map(
    (f) => `${f.value} ${f.metric} ${f.side ?? '-'} ${f.claimant?.party ?? '-'}`,
  );

describe('an attribution between the loss verb and its count', () => {
  it.each([
    ['de', 'Aserbaidschan verlor nach eigenen Angaben 50 Panzer.', '50 tanks_destroyed AZ AZ'],
    ['de', 'Aserbaidschan verlor laut Eriwan 50 Panzer.', '50 tanks_destroyed AZ ARM'],
    ['fr', "L'Azerbaïdjan a perdu, selon son ministère de la Défense, 40 chars.", '40 tanks_destroyed AZ AZ'],
    ['fr', "L'Arménie a perdu, selon Bakou, 300 soldats.", '300 soldiers_killed ARM AZ'],
    ['it', "L'Azerbaigian ha perso, secondo Erevan, 300 soldati.", '300 soldiers_killed AZ ARM'],
    ['it', "L'Armenia ha perso, secondo il ministero della Difesa, 12 soldati.", '12 soldiers_killed ARM -'],
    ['ru', 'Армения потеряла, по данным Еревана, 60 военнослужащих.', '60 soldiers_killed ARM ARM'],
    ['ru', 'Азербайджан потерял, по данным Еревана, 60 военнослужащих.', '60 soldiers_killed AZ ARM'],
    ['ru', 'Армения потеряла, по данным минобороны, 50 танков.', '50 tanks_destroyed ARM -'],
  ])('%s: the subject lost them: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['ru', 'Армянские военные сбили, по данным Еревана, три беспилотника.', '3 drones_downed AZ ARM'],
    ['fr', "L'armée azerbaïdjanaise a détruit, selon Bakou, 12 chars.", '12 tanks_destroyed ARM AZ'],
    ['it', "L'esercito azero ha distrutto, secondo Baku, cinque carri armati.", '5 tanks_destroyed ARM AZ'],
    [
      'de',
      'Die armenischen Truppen schossen nach Angaben aus Eriwan zwei Drohnen ab.',
      '2 drones_downed AZ ARM',
    ],
  ])('%s: the subject acted on them: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('an attribution before the verb still opens the clause', () => {
    expect(read('ru', 'По данным Баку, армянская армия потеряла 22 танка.')).toEqual([
      '22 tanks_destroyed ARM AZ',
    ]);
  });
});
