/**
 * Figure extraction on sentences written for these tests (not from the seed
 * corpus): the rules must hold on news text nobody tuned the engine to.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function brief(text: string) {
  return extractFigures(text).map((f) => ({
    text: f.text,
    value: f.value,
    qualifier: f.qualifier,
    metric: f.metric,
    side: f.side,
    claimant: f.claimant?.id ?? null,
  }));
}

describe('what a figure counts', () => {
  it('reads digits, words and implicit ones with their counted noun', () => {
    const figures = brief(
      'Azerbaijan said on Tuesday that its forces had destroyed 22 Armenian tanks, seven howitzers and a radar station near Fizuli.',
    );
    expect(figures).toEqual([
      {
        text: '22 Armenian tanks',
        value: 22,
        qualifier: 'exact',
        metric: 'tanks_destroyed',
        side: 'ARM',
        claimant: 'az_gov',
      },
      {
        text: 'seven howitzers',
        value: 7,
        qualifier: 'exact',
        metric: 'artillery_destroyed',
        side: 'ARM',
        claimant: 'az_gov',
      },
      {
        text: 'a radar station',
        value: 1,
        qualifier: 'exact',
        metric: 'air_defense_destroyed',
        side: 'ARM',
        claimant: 'az_gov',
      },
    ]);
  });

  it('tells killed from wounded by the nearest event', () => {
    const figures = brief(
      'According to the Karabakh health ministry officials, 11 civilians were killed and at least 40 civilians were wounded in Stepanakert overnight.',
    );
    expect(figures.map((f) => [f.value, f.qualifier, f.metric])).toEqual([
      [11, 'exact', 'civilians_killed'],
      [40, 'at_least', 'civilians_injured'],
    ]);
  });

  it("counts a past war's figures as ordinary metrics over the war's period", () => {
    const figures = extractFigures(
      'The first war over the enclave, in the early 1990s, left some 25,000 people dead. In April 2016, about 90 soldiers died in four days of fighting. During the war of the early 1990s, about 700,000 people fled their homes.',
    );
    expect(figures.map((f) => [f.value, f.qualifier, f.metric, f.period])).toEqual([
      [25000, 'about', 'deaths', '1988/1994'],
      [90, 'about', 'soldiers_killed', '2016-04'],
      [700000, 'about', 'displaced', '1988/1994'],
    ]);
  });

  it('reads "people killed" as deaths only in a past war; in daily reporting they are civilians', () => {
    expect(brief('Shelling killed 12 people in Tartar on Monday.').map((f) => f.metric)).toEqual([
      'civilians_killed',
    ]);
  });

  it('reports vague counts with a null value', () => {
    const [figure] = brief('Hundreds of soldiers were killed on both sides during the week, officials said.');
    expect(figure).toMatchObject({ value: null, qualifier: 'vague', metric: 'soldiers_killed' });
  });

  it('does not count years, ages, models, durations or unrelated quantities', () => {
    const text = [
      'The Su-25 and two Mi-24 gunships were seen over Ganja in 2020.',
      'The ceasefire of 1994 held for 26 years.',
      'Volunteers over 18 years of age were called up.',
      'Azerbaijan bought 60 tanks from Russia in 2011.',
      'Talks will resume at 10:30 on October 12.',
    ].join('\n');
    expect(brief(text)).toEqual([]);
  });
});

describe('who claims it', () => {
  it('resolves a ministry by role and party, whatever its spelling', () => {
    const [figure] = brief(
      "The self-proclaimed republic's defence ministry said 16 of its servicemen had been killed.",
    );
    expect(figure).toMatchObject({ value: 16, metric: 'soldiers_killed', claimant: 'nk_mod', side: 'ARM' });
  });

  it('resolves named officials through their aliases and transliterations', () => {
    const [figure] = brief(
      'Prime Minister Pasjinian wrote that Armenian forces shot down three drones over the south.',
    );
    expect(figure).toMatchObject({ claimant: 'arm_pm', metric: 'drones_downed', side: 'AZ' });
  });

  it('carries the claimant into the next sentence through a pronoun', () => {
    const figures = brief(
      "Azerbaijan's defence ministry accused Armenian units of shelling Tartar. It also said it had destroyed four Armenian air defence systems.",
    );
    expect(figures).toEqual([
      expect.objectContaining({ value: 4, metric: 'air_defense_destroyed', claimant: 'az_mod', side: 'ARM' }),
    ]);
  });

  it('does not mistake "claimed lives" for an attribution', () => {
    const [figure] = brief(
      'The shelling of the market had claimed the lives of 12 civilians by the evening.',
    );
    expect(figure).toMatchObject({ value: 12, claimant: null });
  });

  it('takes trailing attributions after a quote', () => {
    const [figure] = brief(
      '"Two enemy helicopters were shot down over the Lachin corridor," the Armenian defence ministry said.',
    );
    expect(figure).toMatchObject({ value: 2, metric: 'helicopters_downed', claimant: 'arm_mod' });
  });

  it('leaves the claimant empty when nobody is credited', () => {
    const [figure] = brief(
      'At least nine civilians were injured in Ganja after rockets hit a residential block.',
    );
    expect(figure).toMatchObject({ claimant: null, metric: 'civilians_injured', qualifier: 'at_least' });
  });
});

describe('whose losses', () => {
  it('takes the side from an attacker named after the figure', () => {
    const [figure] = brief(
      "Four civilians were killed by Azerbaijani shelling of Martuni, the region's officials said.",
    );
    expect(figure).toMatchObject({ side: 'ARM', claimant: 'nk_authorities' });
  });

  it('gives no side to totals of both sides', () => {
    const [figure] = brief(
      'Dozens of soldiers from both sides died in the clashes, the Russian foreign ministry said.',
    );
    expect(figure).toMatchObject({ side: null, claimant: 'ru_mfa' });
  });
});
