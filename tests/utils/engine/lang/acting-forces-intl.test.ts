/**
 * A bare ministry after a sentence whose forces strike the enemy speaks for those forces in
 * Russian, German and Italian as in English ("Армянские военные сбили …, сообщило Минобороны"):
 * the grammar's actingForces in each language's data. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (lang: string, text: string) =>
  partyBriefs(lang)(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe("a bare ministry speaks for its sentence's acting forces", () => {
  it.each([
    [
      'ru',
      'Армянские ПВО сбили семь азербайджанских беспилотников, говорится в сообщении Минобороны.',
      '7 drones_downed AZ ARM',
    ],
    [
      'ru',
      'Войска Азербайджана уничтожили три армянских танка, заявили в министерстве обороны.',
      '3 tanks_destroyed ARM AZ',
    ],
    [
      'de',
      'Armenische Truppen haben sieben aserbaidschanische Drohnen abgeschossen, teilte das Verteidigungsministerium mit.',
      '7 drones_downed AZ ARM',
    ],
    [
      'de',
      'Aserbaidschanische Streitkräfte zerstörten vier armenische Panzer, erklärte das Verteidigungsministerium.',
      '4 tanks_destroyed ARM AZ',
    ],
    [
      'it',
      'Secondo il ministero della Difesa, le forze azere hanno distrutto tre carri armati armeni.',
      '3 tanks_destroyed ARM AZ',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});
