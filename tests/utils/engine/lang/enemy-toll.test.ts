/**
 * Ministries put the enemy's losses as a toll: "the adversary's manpower losses amount to about
 * 200". The count is soldiers, the enemy's, and "according to her" carries the spokeswoman's
 * ministry. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe("the enemy's toll", () => {
  it('reads the adversary’s manpower losses as the other side’s soldiers', () => {
    expect(
      read(
        "Armenia's defence ministry said 9 tanks were destroyed. According to her, the adversary's manpower losses amount to about 140.",
      ),
    ).toEqual([
      figure(9, 'exact', 'tanks_destroyed', 'AZ', 'arm_mod'),
      figure(140, 'about', 'soldiers_killed', 'AZ', 'arm_mod'),
    ]);
  });

  it('reads the enemy’s losses totalled as the other side’s', () => {
    expect(read("Azerbaijan's defence ministry said the enemy's manpower losses totalled 310.")).toEqual([
      figure(310, 'exact', 'soldiers_killed', 'ARM', 'az_mod'),
    ]);
  });
});
