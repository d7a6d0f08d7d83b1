import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

function places(text: string, lang: string): string[] {
  return detectCoverage({ text, lang })
    .evidence.filter((e) => e.kind === 'context')
    .map((e) => e.cue);
}

/** The war's places as each language writes them, the Russian adjectives of district names included. */
describe('detectCoverage: place names in their local forms', () => {
  it.each([
    ['ru', 'Армения и Азербайджан: обстрел в Шушинском районе, бои у танков.', 'Shusha'],
    ['ru', 'Армения и Азербайджан: в Физулинском районе подорвался грузовик, бои у танков.', 'Fuzuli'],
    ['ru', 'Армения и Азербайджан: по Бардинскому району выпущены ракеты, бои у танков.', 'Barda'],
    ['de', 'Armenien und Aserbaidschan: Kämpfe um Schuscha, Panzer im Einsatz.', 'Shusha'],
    ['de', 'Armenien und Aserbaidschan: Kämpfe bei Latschin, Panzer im Einsatz.', 'Lachin'],
    ['fr', 'Arménie et Azerbaïdjan : combats à Chouchi, chars engagés.', 'Shusha'],
    ['az', 'Ermənistan və Azərbaycan: Zəngilan və Ağdərə istiqamətində döyüşlər, tanklar.', 'Martakert'],
    ['en', 'Armenia and Azerbaijan: fighting near Jermuk and Sotk, tanks on the roads.', 'Jermuk'],
    ['tr', 'Ermenistan ve Azerbaycan: Tovuz’da çatışma, tanklar bölgede.', 'Jermuk'],
  ])('%s: %s', (lang, text, place) => {
    expect(places(text, lang)).toContain(place);
  });

  it('reads a report of shelling near Jermuk that names one party and no place of the region', () => {
    const text = [
      "Artillery fire hit the outskirts of Jermuk overnight, Armenia's defence ministry said.",
      'Two soldiers were wounded and a hotel was damaged, it said.',
    ].join('\n');
    expect(detectCoverage({ text, lang: 'en' }).isCoverage).toBe(true);
  });
});
