/**
 * English attribution by construction class, on sentences written for these tests: the present
 * tense of admission verbs ("recognizes the loss of"), and an inverted "…, said <speaker>".
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const brief = claimantBriefs('en');

describe('English attribution by construction', () => {
  it.each([
    [
      'an admission in the present tense: the speaker counts its own losses',
      'Karabakh officials recognize the loss of 14 servicemen.',
      [figure(14, 'exact', 'soldiers_killed', 'ARM', 'nk_authorities')],
    ],
    [
      '"acknowledge" in the plural',
      'Azerbaijani officials acknowledge that two helicopters were shot down.',
      [figure(2, 'exact', 'helicopters_downed', 'AZ', 'az_gov')],
    ],
    [
      'an inverted attribution after the figures: "…, said <speaker>"',
      'Also destroyed overnight were four howitzers and two tanks, said Azerbaijan’s defence ministry.',
      [
        figure(4, 'exact', 'artillery_destroyed', 'ARM', 'az_mod'),
        figure(2, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
      ],
    ],
    [
      'an inverted attribution after a closing quote',
      '“Seven of our soldiers were killed,” said the Armenian defence ministry.',
      [figure(7, 'exact', 'soldiers_killed', 'ARM', 'arm_mod')],
    ],
    [
      '"put the number of … at": the speaker counts its own wounded',
      "Armenia's health ministry put the number of wounded soldiers at 320.",
      [figure(320, 'exact', 'soldiers_wounded', 'ARM', 'arm_gov')],
    ],
    [
      'a monitor documenting or recording a count claims it',
      'Human Rights Watch documented the killing of 8 Armenian civilians in Hadrut.',
      [figure(8, 'exact', 'civilians_killed', 'ARM', 'hrw')],
    ],
    [
      'a pronoun after the named speaker of the same sentence is that speaker',
      'Amnesty International said it had verified the deaths of 6 civilians in Barda.',
      [figure(6, 'exact', 'civilians_killed', 'AZ', 'amnesty')],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('takes no speaker from an unnamed source after "said"', () => {
    expect(brief('Also destroyed were four howitzers, said a statement on Thursday.')).toEqual([
      figure(4, 'exact', 'artillery_destroyed', null),
    ]);
  });

  it("keeps a past war's toll with no speaker of its own out of the last speaker's claims", () => {
    const text =
      'The Armenian defence ministry said 14 Azerbaijani tanks were destroyed. Some 25,000 people were killed in the war of the early 1990s.';
    expect(brief(text).map((f) => [f.value, f.metric, f.claimant])).toEqual([
      [14, 'tanks_destroyed', 'arm_mod'],
      [25000, 'deaths', null],
    ]);
  });
});
