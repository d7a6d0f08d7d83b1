/**
 * English figures by construction class, on sentences written for these tests: counts sharing
 * one verb, passives with the count far from its verb, "lost" (the subject is the loser), loss
 * verbs (blew up, knocked out, freed), "as many as", counts split by side, elided nouns ("wounding
 * 12 others", "… and 512 wounded"), bare counts ("Sixty were seriously injured"), heads after
 * adjectival nouns ("192 dead soldiers"), lists running across items that are no figure of ours,
 * a day-month date before a count, and speakers in headlines ("Speaker: …", "… — Speaker").
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('en');

describe('English figures by construction', () => {
  it.each([
    [
      'several counts sharing one verb after them',
      '35 soldiers, 8 reservists and three civilians were killed, the Armenian defence ministry said.',
      [
        figure(35, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
        figure(8, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
        figure(3, 'exact', 'civilians_killed', 'ARM', 'arm_mod'),
      ],
    ],
    [
      'a passive with the count far from its verb, the owner named after the noun',
      'An attack helicopter of the Azerbaijani air force was downed near Horadiz.',
      [figure(1, 'exact', 'helicopters_downed', 'AZ')],
    ],
    [
      '"lost": the subject is the side that lost',
      "Azerbaijan's army lost more than 250 men in the first week, Karabakh officials said.",
      [figure(250, 'more_than', 'soldiers_killed', 'AZ', 'nk_authorities')],
    ],
    [
      'loss verbs: blew up, and a list sharing it',
      'Karabakh forces blew up four tanks and two armoured vehicles.',
      [
        figure(4, 'exact', 'tanks_destroyed', 'AZ', null),
        figure(2, 'exact', 'armoured_vehicles_destroyed', 'AZ', null),
      ],
    ],
    [
      'loss verbs: knocked out',
      'Armenian units knocked out three Azerbaijani tanks.',
      [figure(3, 'exact', 'tanks_destroyed', 'AZ', null)],
    ],
    [
      '"as many as"',
      'As many as 40 servicemen were killed, the ministry in Baku said.',
      [figure(40, 'up_to', 'soldiers_killed', 'AZ', 'az_gov')],
    ],
    [
      'counts split by side share the noun of the last one',
      'In all, 50 Azerbaijani and 45 Armenian civilians were killed.',
      [figure(50, 'exact', 'civilians_killed', 'AZ'), figure(45, 'exact', 'civilians_killed', 'ARM')],
    ],
    [
      'an elided noun after a participle: "wounding 12 others"',
      'Shelling killed three people in Barda, wounding 11 others.',
      [figure(3, 'exact', 'civilians_killed', 'AZ'), figure(11, 'exact', 'civilians_injured', 'AZ')],
    ],
    [
      'a head after an adjectival noun, then a bare count lent its noun',
      'The health ministry reported 150 dead soldiers and 400 wounded.',
      [figure(150, 'exact', 'soldiers_killed', null), figure(400, 'exact', 'soldiers_wounded', null)],
    ],
    [
      'a bare count as the subject of a loss',
      'Forty were seriously injured.',
      [figure(40, 'exact', 'civilians_injured', null)],
    ],
    [
      'a list running across an item that is no figure of ours',
      'The enemy lost 9 tanks, one fuel truck, three helicopters and four drones.',
      [
        figure(9, 'exact', 'tanks_destroyed', null),
        figure(3, 'exact', 'helicopters_downed', null),
        figure(4, 'exact', 'drones_downed', null),
      ],
    ],
    [
      'a day and month before a count',
      'Officials in Yerevan said that since 28 September 20 civilians were killed.',
      [figure(20, 'exact', 'civilians_killed', 'ARM', 'arm_gov')],
    ],
    [
      'a "Speaker: claim" headline',
      'Azerbaijan’s defence ministry: two Armenian helicopters shot down',
      [figure(2, 'exact', 'helicopters_downed', 'ARM', 'az_mod')],
    ],
    [
      'a "claim — Speaker" headline',
      'Three Azerbaijani drones shot down — Armenian defence ministry',
      [figure(3, 'exact', 'drones_downed', 'AZ', 'arm_mod')],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reads a loss word after a noun as its modifier, not as what happened to the count', () => {
    // "villages occupied by Armenia" were freed by Azerbaijan: the villages count on the side that lost them.
    expect(brief('The Azerbaijani army says it liberated four villages occupied by Armenia.')).toEqual([
      figure(4, 'exact', 'villages_captured', 'ARM', 'az_mod'),
    ]);
  });
});
