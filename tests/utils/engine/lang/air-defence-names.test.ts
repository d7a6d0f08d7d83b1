/**
 * Ministries count air defence and rocket artillery by system name: "four S-300 systems", "a
 * Tor-M2KM complex", "3 зенитно-ракетных комплекса «Оса»", "3 “Qrad” qurğusu". Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side} [${f.text}]`);

describe('air defence and rocket artillery named by system', () => {
  it.each([
    [
      'en',
      'Azerbaijani forces destroyed three S-300 systems, the ministry said.',
      '3 air_defense_destroyed ARM [three S-300 systems]',
    ],
    [
      'en',
      'Azerbaijani forces destroyed a Tor-M2KM complex near Hadrut.',
      '1 air_defense_destroyed ARM [a Tor-M2KM complex]',
    ],
    [
      'en',
      'Azerbaijani forces destroyed two Osa launchers overnight.',
      '2 air_defense_destroyed ARM [two Osa launchers]',
    ],
    [
      'ru',
      'Минобороны Азербайджана сообщило, что уничтожены 2 зенитно-ракетных комплекса противника.',
      '2 air_defense_destroyed ARM [2 зенитно-ракетных комплекса]',
    ],
    [
      'ru',
      'Минобороны Азербайджана сообщило об уничтожении 4 армянских комплексов С-300.',
      '4 air_defense_destroyed ARM [4 армянских комплексов С-300]',
    ],
    [
      'ru',
      'По данным Баку, уничтожены два армянских комплекса «Оса».',
      '2 air_defense_destroyed ARM [два армянских комплекса «Оса»]',
    ],
    [
      'de',
      'Baku meldete die Zerstörung von vier armenischen S-300-Systemen.',
      '4 air_defense_destroyed ARM [vier armenischen S-300-Systemen]',
    ],
    [
      'az',
      'Azərbaycan Ordusu tərəfindən düşmənin 4 “Qrad” qurğusu məhv edilib.',
      '4 artillery_destroyed ARM [4 “Qrad” qurğusu]',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('counts no system named without a count of it', () => {
    expect(read('en', 'The S-300 system was deployed near Yerevan in 2019.')).toEqual([]);
  });
});
