/**
 * English metrics by construction class, on sentences written for these tests: "men" counted
 * beside women or children are civilians; "men" alone after a loss verb are soldiers; counts in
 * brackets after places form one list, however far the list runs from its loss word; "a"/"an"
 * counts one even when an age or a calibre comes first ("an 11-year-old boy", "a 122-mm howitzer").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';
import { claimantBriefs } from './briefs';

const brief = claimantBriefs('en');
const metrics = (text: string) => brief(text).map((f) => `${f.value} ${f.metric}`);

describe('English metrics by construction', () => {
  it('reads men counted beside women as civilians', () => {
    expect(metrics('Of these, 30 were seriously injured: 21 men and 9 women.')).toEqual([
      '30 civilians_injured',
      '21 civilians_injured',
      '9 civilians_injured',
    ]);
  });

  it('reads men counted beside a child as civilians, whatever the order', () => {
    expect(metrics('A child, two women and three men were killed in their yard.')).toEqual([
      '1 civilians_killed',
      '2 civilians_killed',
      '3 civilians_killed',
    ]);
  });

  it('keeps men alone as soldiers', () => {
    expect(metrics('The army lost more than 300 men in the first week.')).toEqual(['300 soldiers_killed']);
  });

  it('reads counts in brackets after places as one list', () => {
    const text =
      'Deaths were recorded in the towns of Tartar (3 people), Barda (2 people), Goranboy (2 people) and ' +
      'Aghdam (1 person), in the village of Qarayusifli (1 person), and near the village of Alkhanli (1 person).';
    expect(metrics(text)).toEqual([3, 2, 2, 1, 1, 1].map((n) => `${n} civilians_killed`));
  });

  it('does not join bracketed counts across a sentence break', () => {
    expect(metrics('Tartar (3 people) was shelled; the school (2 floors) was hit.')).toEqual([]);
  });

  it('counts one for "a"/"an" before an age or a calibre', () => {
    expect(metrics('An 11-year-old boy was killed and a 122-mm howitzer was destroyed.')).toEqual([
      '1 civilians_killed',
      '1 artillery_destroyed',
    ]);
  });

  it('reads troops "destroyed" as killed, and civilians never so', () => {
    expect(
      metrics('The ministry said its units destroyed more than 40 enemy soldiers and four tanks.'),
    ).toEqual(['40 soldiers_killed', '4 tanks_destroyed']);
    expect(metrics('Shelling destroyed 12 houses where 30 civilians lived.')).toEqual([]);
  });

  it('reads a count after a gapping dash with the noun and verb of the clause before', () => {
    expect(
      metrics('Seven people were injured by shelling of the hospital, and 14 - by shelling of the market.'),
    ).toEqual(['7 civilians_injured', '14 civilians_injured']);
  });

  it('reads a gapped count with the verb of the clause before, however far a relative clause takes it', () => {
    expect(
      metrics(
        'Five people were injured by shelling of the school, which serves as a shelter for families from the border villages nearby, and 11 - by shelling of the market.',
      ),
    ).toEqual(['5 civilians_injured', '11 civilians_injured']);
    expect(
      metrics(
        'Three soldiers were wounded near the river crossing, where the brigade had held its positions since the first week of fighting, and two - on the southern hills.',
      ),
    ).toEqual(['3 soldiers_wounded', '2 soldiers_wounded']);
  });

  it('counts rocket artillery named by its system, also behind "installation" in quotes', () => {
    expect(metrics('The enemy lost 18 tanks, one installation “Grad” and two Smerch launchers.')).toEqual([
      '18 tanks_destroyed',
      '1 artillery_destroyed',
      '2 artillery_destroyed',
    ]);
  });

  it('counts "another" before a loss participle as one more of the noun before', () => {
    expect(metrics('One resident was killed and another wounded by shelling.')).toEqual([
      '1 civilians_killed',
      '1 civilians_injured',
    ]);
    // Before a noun, "another" is no count of its own: the noun's own count decides.
    expect(metrics('Another 20 soldiers were killed.')).toEqual(['20 soldiers_killed']);
  });

  it('counts two people named as a pair, dead or wounded', () => {
    expect(metrics('A woman and her daughter were killed when a rocket hit their flat.')).toEqual([
      '2 civilians_killed',
    ]);
    expect(metrics('A father and his son were wounded by the shelling.')).toEqual(['2 civilians_injured']);
  });

  it('reads a toll named as "the number of" the dead or wounded', () => {
    expect(metrics('The number of wounded soldiers has climbed to 515.')).toEqual(['515 soldiers_wounded']);
    expect(metrics('The number of dead rose to 64.')).toEqual(['64 civilians_killed']);
  });

  it('reads the 1990s war under its other names as an era of deaths', () => {
    const periods = (text: string) =>
      extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.metric} ${f.period}`);
    expect(periods('Roughly 25,000 people were killed in the first war.')).toEqual([
      '25000 deaths 1988/1994',
    ]);
    expect(
      periods('About 28,000 people died in fighting that broke out as the Soviet Union collapsed.'),
    ).toEqual(['28000 deaths 1988/1994']);
  });

  it('reads "N dead" as people killed, and the count after it by its own loss word', () => {
    expect(metrics('The strike left 4 dead and 19 injured in the town.')).toEqual([
      '4 civilians_killed',
      '19 civilians_injured',
    ]);
    // A vague word before a loss word counts nobody.
    expect(metrics('Clashes on the border, several dead and wounded.')).toEqual([]);
  });

  it('attributes a civilian toll "put at" by a party', () => {
    expect(brief('Azerbaijani authorities put the civilian death toll at 43.')).toEqual([
      { value: 43, qualifier: 'exact', metric: 'civilians_killed', side: 'AZ', claimant: 'az_gov' },
    ]);
  });

  it('counts peacekeepers killed as soldiers of no side', () => {
    expect(brief('Five Russian peacekeepers were killed when their car came under fire.')).toEqual([
      { value: 5, qualifier: 'exact', metric: 'soldiers_killed', side: null, claimant: null },
    ]);
  });
});
