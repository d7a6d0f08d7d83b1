/**
 * German figures on sentences written for these tests: number words and compounds, qualifiers,
 * counted nouns of each metric, verb-final and verb-second attribution ("laut", "zufolge",
 * "…, sagte Alijew"), sides from adjectives before the noun, tolls and past wars.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { detectLanguage } from '../../../../utils/engine/language';
import { partyBriefs } from './briefs';

const brief = partyBriefs('de');

describe('German figures', () => {
  it('reads compound number words and a source after "laut"', () => {
    expect(
      brief(
        'Laut dem armenischen Verteidigungsministerium wurden fünfundzwanzig aserbaidschanische Soldaten getötet und zwei Kampfhubschrauber abgeschossen.',
      ),
    ).toEqual([
      {
        text: 'fünfundzwanzig aserbaidschanische Soldaten',
        value: 25,
        qualifier: 'exact',
        metric: 'soldiers_killed',
        side: 'AZ',
        party: 'ARM',
      },
      {
        text: 'zwei Kampfhubschrauber',
        value: 2,
        qualifier: 'exact',
        metric: 'helicopters_downed',
        side: 'AZ',
        party: 'ARM',
      },
    ]);
  });

  it('reads hundreds inside one word and dotted thousands', () => {
    const [words, digits] = brief(
      'Nach Angaben aus Baku wurden zweihundertdreißig armenische Panzer zerstört. Bei dem Angriff wurden 1.250 Zivilisten verletzt.',
    );
    expect(words).toMatchObject({ value: 230, metric: 'tanks_destroyed', side: 'ARM', party: 'AZ' });
    expect(digits).toMatchObject({ value: 1250, metric: 'civilians_injured' });
  });

  it('takes qualifiers and a speaker named after the verb', () => {
    expect(
      brief('Aserbaidschan hat mehr als 1.500 armenische Kämpfer getötet, sagte Paschinjan.')[0],
    ).toMatchObject({
      value: 1500,
      qualifier: 'more_than',
      metric: 'soldiers_killed',
      side: 'ARM',
      party: 'ARM',
    });
    expect(brief('Bei dem Beschuss wurden knapp 40 Menschen verwundet.')[0]).toMatchObject({
      value: 40,
      qualifier: 'about',
      metric: 'civilians_injured',
    });
    expect(brief('Bis zu 12 Drohnen seien abgeschossen worden.')[0]).toMatchObject({
      value: 12,
      qualifier: 'up_to',
      metric: 'drones_downed',
    });
  });

  it('reads the source before "zufolge" and the separable verb "teilte … mit"', () => {
    expect(
      brief('Dem Außenministerium in Baku zufolge kamen mindestens 30 Zivilisten ums Leben.')[0],
    ).toMatchObject({
      value: 30,
      qualifier: 'at_least',
      metric: 'civilians_killed',
      party: 'AZ',
    });
    expect(
      brief('Die aserbaidschanische Armee habe 12 Dörfer erobert, teilte Präsident Alijew am Abend mit.')[0],
    ).toMatchObject({ value: 12, metric: 'villages_captured', side: 'ARM', party: 'AZ' });
  });

  it('shares one verb across a list of equipment', () => {
    const figures = brief(
      'Die Armee hat 14 Panzer, neun Drohnen und drei Schützenpanzer des Gegners zerstört.',
    );
    expect(figures.map((f) => [f.value, f.metric])).toEqual([
      [14, 'tanks_destroyed'],
      [9, 'drones_downed'],
      [3, 'armoured_vehicles_destroyed'],
    ]);
  });

  it('reads vague counts, tolls and past wars', () => {
    expect(brief('Hunderte Zivilisten wurden getötet.')[0]).toMatchObject({
      value: null,
      qualifier: 'vague',
      metric: 'civilians_killed',
    });
    expect(brief('Die Zahl der getöteten Soldaten stieg auf 710.')[0]).toMatchObject({
      value: 710,
      metric: 'soldiers_killed',
    });
    expect(brief('Im Krieg Anfang der 1990er Jahre kamen rund 30.000 Menschen ums Leben.')[0]).toMatchObject({
      value: 30000,
      qualifier: 'about',
      metric: 'deaths',
    });
    expect(
      extractFigures('Im Krieg Anfang der 1990er Jahre kamen rund 30.000 Menschen ums Leben.', {
        lang: 'de',
      })[0]?.period,
    ).toBe('1988/1994');
  });

  it('does not count dates, years, times, ages, percentages, models or scores', () => {
    const text = [
      'Am 27. September 2020 um 7 Uhr begann der Krieg.',
      'Im Jahr 2016 wurden 5 Prozent der Dörfer zerstört.',
      'Der 19-jährige Soldat wurde getötet.',
      'Su-25 und TB2 wurden abgeschossen.',
      'Qarabağ gewann das Spiel 2:1 und schoss drei Tore.',
    ].join(' ');
    expect(brief(text)).toEqual([]);
  });

  it('tells German from the other languages', () => {
    expect(
      detectLanguage('Die Armee teilte mit, dass die Soldaten bei den Kämpfen getötet worden seien.'),
    ).toBe('de');
  });
});
