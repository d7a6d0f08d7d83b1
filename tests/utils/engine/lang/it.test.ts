/**
 * Italian figures on sentences written for these tests: number words with elided compounds
 * ("ventotto", "duecentocinquanta"), dotted thousands, qualifiers, nouns with a nationality and a
 * participle after them ("soldati azeri uccisi"), passives ("sono stati uccisi"), attribution
 * ("secondo", "…, ha detto Pashinyan"), tolls and past wars.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { detectLanguage } from '../../../../utils/engine/language';
import { partyBriefs } from './briefs';

const brief = partyBriefs('it');

describe('Italian figures', () => {
  it('reads number words after "secondo" with the nationality after the noun', () => {
    expect(
      brief(
        'Secondo il ministero della Difesa armeno, circa duecentocinquanta soldati azeri sono stati uccisi e tre elicotteri abbattuti.',
      ),
    ).toEqual([
      {
        text: 'circa duecentocinquanta soldati azeri',
        value: 250,
        qualifier: 'about',
        metric: 'soldiers_killed',
        side: 'AZ',
        party: 'ARM',
      },
      {
        text: 'tre elicotteri',
        value: 3,
        qualifier: 'exact',
        metric: 'helicopters_downed',
        side: 'AZ',
        party: 'ARM',
      },
    ]);
  });

  it('reads elided compounds and a speaker after the verb', () => {
    expect(
      brief("L'esercito azero ha conquistato ventotto villaggi, ha annunciato Aliyev.")[0],
    ).toMatchObject({
      value: 28,
      metric: 'villages_captured',
      side: 'ARM',
      party: 'AZ',
    });
    expect(
      brief('Almeno 1.200 civili sono rimasti feriti negli attacchi, ha detto Pashinyan.')[0],
    ).toMatchObject({
      value: 1200,
      qualifier: 'at_least',
      metric: 'civilians_injured',
      party: 'ARM',
    });
  });

  it('keeps a participle after the noun inside the figure', () => {
    expect(brief('Oltre 550 militari armeni uccisi negli scontri.')[0]).toMatchObject({
      text: 'Oltre 550 militari armeni uccisi',
      value: 550,
      qualifier: 'more_than',
      metric: 'soldiers_killed',
      side: 'ARM',
    });
  });

  it('shares one verb across a list of equipment', () => {
    const figures = brief(
      'Secondo Baku, sono stati distrutti 22 carri armati, 15 sistemi di difesa aerea, 18 droni e otto sistemi di artiglieria.',
    );
    expect(figures.map((f) => [f.value, f.metric, f.side])).toEqual([
      [22, 'tanks_destroyed', 'ARM'],
      [15, 'air_defense_destroyed', 'ARM'],
      [18, 'drones_downed', 'ARM'],
      [8, 'artillery_destroyed', 'ARM'],
    ]);
  });

  it('reads vague counts, tolls and past wars', () => {
    expect(brief('Decine di civili sono stati uccisi a Stepanakert.')[0]).toMatchObject({
      value: null,
      qualifier: 'vague',
      metric: 'civilians_killed',
    });
    expect(brief('Il bilancio dei militari caduti è salito a 84.')[0]).toMatchObject({
      value: 84,
      metric: 'soldiers_killed',
    });
    expect(brief('La guerra dei primi anni novanta ha causato quasi 30.000 morti.')[0]).toMatchObject({
      value: 30000,
      qualifier: 'about',
      metric: 'deaths',
    });
    expect(
      extractFigures('La guerra dei primi anni novanta ha causato quasi 30.000 morti.', { lang: 'it' })[0]
        ?.period,
    ).toBe('1988/1994');
  });

  it('does not count dates, years, times, ages, percentages, models or scores', () => {
    const text = [
      'Il 27 settembre 2020 alle 7 sono iniziati i combattimenti.',
      'Nel 2016 il 5% dei villaggi è stato distrutto.',
      'Il soldato di 19 anni è stato ucciso.',
      'Su-25 e TB2 sono stati abbattuti.',
      'Il Qarabağ ha vinto 2-1 con tre gol.',
    ].join(' ');
    expect(brief(text)).toEqual([]);
  });

  it('tells Italian from the other languages', () => {
    expect(
      detectLanguage('Il ministero della difesa ha detto che i soldati sono stati uccisi nel conflitto.'),
    ).toBe('it');
  });
});
