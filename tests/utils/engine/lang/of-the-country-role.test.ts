/**
 * A role owned by "the country" ("Минобороны страны", "le ministère de la Défense du pays", "il
 * ministero della Difesa del Paese", "ülkenin Savunma Bakanlığı", "ölkənin Müdafiə Nazirliyi",
 * "երկրի նախարարությունը") belongs to the party the sentence names first, as a possessive role
 * does ("…, a indiqué son ministère", now also where the verb leads its subject). A bare role with
 * no owner is still carried from earlier text, and a named role keeps its own party. A party
 * named only after the count owns the losses, not the country ("Уничтожены 9 танков армянской
 * армии, сообщили в Минобороны страны" after a Baku dateline stays Baku's). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (text: string, lang: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} ${f.claimant?.party ?? '-'}`);

describe('a role owned by "the country"', () => {
  it.each([
    [
      'ru',
      'Азербайджан потерял 2783 военнослужащих, сообщило Минобороны страны.',
      ['2783 soldiers_killed AZ AZ'],
    ],
    [
      'ru',
      'Армянские военные сбили два азербайджанских вертолета, сообщили в Минобороны страны.',
      ['2 helicopters_downed AZ ARM'],
    ],
    [
      'fr',
      "L'Azerbaïdjan a perdu 2783 soldats, a indiqué le ministère de la Défense du pays.",
      ['2783 soldiers_killed AZ AZ'],
    ],
    [
      'fr',
      "L'Arménie a perdu 50 soldats, a indiqué son ministère de la Défense.",
      ['50 soldiers_killed ARM ARM'],
    ],
    [
      'it',
      "L'Armenia ha perso 300 soldati, ha riferito il ministero della Difesa del Paese.",
      ['300 soldiers_killed ARM ARM'],
    ],
    [
      'de',
      'Aserbaidschan hat 80 Soldaten verloren, teilte das Verteidigungsministerium des Landes mit.',
      ['80 soldiers_killed AZ AZ'],
    ],
    [
      'tr',
      'Azerbaycan 2783 asker kaybetti, ülkenin Savunma Bakanlığı açıkladı.',
      ['2783 soldiers_killed AZ AZ'],
    ],
    [
      'az',
      'Ermənistan 3800 hərbçi itirib, ölkənin Səhiyyə Nazirliyi bildirib.',
      ['3800 soldiers_killed ARM ARM'],
    ],
    [
      'hy',
      'Հայաստանը կորցրել է 3800 զինծառայող, հայտնում է երկրի առողջապահության նախարարությունը։',
      ['3800 soldiers_killed ARM ARM'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each([
    [
      'ru',
      'Азербайджан потерял 2783 военнослужащих, сообщили в Минобороны Армении.',
      ['2783 soldiers_killed AZ ARM'],
    ],
    [
      'fr',
      "L'Azerbaïdjan a perdu 2783 soldats, a indiqué le ministère arménien de la Défense.",
      ['2783 soldiers_killed AZ ARM'],
    ],
    ['it', 'Sono stati abbattuti due elicotteri, ha riferito il ministero.', ['2 helicopters_downed null -']],
    [
      'ru',
      'БАКУ, 5 октября. Уничтожены 9 танков армянской армии, сообщили в Минобороны страны.',
      ['9 tanks_destroyed ARM AZ'],
    ],
  ])('a named or bare role is read as before (%s: %s)', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});
