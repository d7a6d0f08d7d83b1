/**
 * French figures on sentences written for these tests: number words ("quatre-vingt-douze",
 * "vingt et un"), spaced thousands, qualifiers, nouns with an elided "d'" and a nationality after
 * them, passives ("ont été tués"), attribution ("selon", "d'après", "…, a déclaré Pachinian"),
 * tolls and past wars.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { detectLanguage } from '../../../../utils/engine/language';
import { partyBriefs } from './briefs';

const brief = partyBriefs('fr');

describe('French figures', () => {
  it('reads a list after "selon" with the nationality after the noun', () => {
    expect(
      brief(
        'Selon le ministère arménien de la Défense, 27 drones, quatre hélicoptères et 33 chars azerbaïdjanais ont été détruits.',
      ),
    ).toEqual([
      { text: '27 drones', value: 27, qualifier: 'exact', metric: 'drones_downed', side: 'AZ', party: 'ARM' },
      {
        text: 'quatre hélicoptères',
        value: 4,
        qualifier: 'exact',
        metric: 'helicopters_downed',
        side: 'AZ',
        party: 'ARM',
      },
      {
        text: '33 chars azerbaïdjanais',
        value: 33,
        qualifier: 'exact',
        metric: 'tanks_destroyed',
        side: 'AZ',
        party: 'ARM',
      },
    ]);
  });

  it('reads compound number words', () => {
    expect(brief('Quatre-vingt-douze soldats arméniens ont été tués.')[0]).toMatchObject({
      value: 92,
      metric: 'soldiers_killed',
      side: 'ARM',
    });
    expect(brief("D'après Bakou, vingt et un civils ont été blessés.")[0]).toMatchObject({
      value: 21,
      metric: 'civilians_injured',
      party: 'AZ',
    });
  });

  it('reads spaced thousands, qualifiers and a speaker after the verb', () => {
    expect(
      brief("L'armée azerbaïdjanaise a perdu plus de 2 300 hommes, a déclaré Pachinian.")[0],
    ).toMatchObject({
      value: 2300,
      qualifier: 'more_than',
      metric: 'soldiers_killed',
      party: 'ARM',
    });
    expect(brief('Au moins 45 civils tués, selon les autorités du Haut-Karabakh.')[0]).toMatchObject({
      value: 45,
      qualifier: 'at_least',
      metric: 'civilians_killed',
      party: 'NK',
    });
    expect(brief("Près de 600 personnes ont trouvé la mort, a indiqué l'ONU.")[0]).toMatchObject({
      value: 600,
      qualifier: 'about',
    });
  });

  it('reads nouns after an elided "de" and the attacker after "par"', () => {
    expect(brief("L'armée a détruit 15 unités d'artillerie et trois obusiers.").map((f) => f.metric)).toEqual(
      ['artillery_destroyed', 'artillery_destroyed'],
    );
    expect(brief('Un hélicoptère a été abattu par les forces arméniennes.')[0]).toMatchObject({
      value: 1,
      metric: 'helicopters_downed',
      side: 'AZ',
    });
  });

  it('reads vague counts, captured villages and past wars', () => {
    expect(brief('Des dizaines de civils ont été tués à Stepanakert.')[0]).toMatchObject({
      value: null,
      qualifier: 'vague',
      metric: 'civilians_killed',
    });
    expect(brief("L'armée a libéré sept villages, a annoncé Aliev.")[0]).toMatchObject({
      value: 7,
      metric: 'villages_captured',
      party: 'AZ',
    });
    expect(brief('La guerre des années 1990 a fait environ 30 000 morts.')[0]).toMatchObject({
      value: 30000,
      qualifier: 'about',
      metric: 'deaths',
    });
    expect(
      extractFigures('La guerre des années 1990 a fait environ 30 000 morts.', { lang: 'fr' })[0]?.period,
    ).toBe('1988/1994');
  });

  it('does not count dates, years, times, ages, percentages, models or scores', () => {
    const text = [
      'Le 27 septembre 2020 à 7 h, les combats ont commencé.',
      'En 2016, 5 % des villages ont été détruits.',
      'Le soldat, âgé de 19 ans, a été tué.',
      'Des Su-25 et des TB2 ont été abattus.',
      'Qarabağ a gagné 2-1 et marqué trois buts.',
    ].join(' ');
    expect(brief(text)).toEqual([]);
  });

  it('tells French from the other languages', () => {
    expect(
      detectLanguage('Le ministère a indiqué que les soldats sont morts dans les combats de la nuit.'),
    ).toBe('fr');
  });

  it('keeps one side for a list of losses, a later casualty count included', () => {
    const text =
      '«Quatre chars arméniens ont été détruits et plus de 40 soldats ont été tués», a indiqué le ministère azerbaïdjanais de la Défense.';
    expect(extractFigures(text, { lang: 'fr' }).map((f) => `${f.value} ${f.metric} ${f.side}`)).toEqual([
      '4 tanks_destroyed ARM',
      '40 soldiers_killed ARM',
    ]);
  });
});
