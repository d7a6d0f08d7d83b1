/**
 * How a side publishes or revises its own tally: "has released the names of 29 more servicemen
 * killed", "raised the death toll to 105 soldiers"; and "the head of state said" for a president.
 * The speaker claims the figures, and its own dead are its side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('a side publishing or revising its tally', () => {
  it('reads a list of names released as the releasing side’s own dead', () => {
    expect(
      read('The Artsakh Defense Army has released the names of 17 more servicemen killed in action.'),
    ).toEqual([figure(17, 'exact', 'soldiers_killed', 'ARM', 'nk_mod')]);
  });

  it('reads a raised toll as the raising side’s, not a later speaker’s', () => {
    expect(
      read(
        'Armenian officials later raised the death toll to 71 soldiers, while Baku said 42 of its troops had been killed.',
      ),
    ).toEqual([
      figure(71, 'exact', 'soldiers_killed', 'ARM', 'arm_gov'),
      figure(42, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ]);
  });

  it('reads the head of state as the president of the party that spoke before', () => {
    expect(
      read(
        "Azerbaijan's defence ministry said 3 Armenian tanks were destroyed. The army has taken 14 villages, the head of state said.",
      ).map((f) => f.claimant),
    ).toEqual(['az_mod', 'az_president']);
  });
});
