/**
 * A headline's figure with no speaker of its own ("Karabakh: 35 civilians killed") is claimed by
 * the speaker the lede names, when the lede does not restate the count. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe("a headline figure takes the lede's speaker", () => {
  it.each([
    [
      'Karabakh: 35 civilians killed\n\nThe Artsakh ombudsman said on Monday that shelling had gone on all night.',
      figure(35, 'exact', 'civilians_killed', 'ARM', 'nk_authorities'),
    ],
    [
      "11 Armenian soldiers killed in fresh clashes\n\nYEREVAN — Armenia's defence ministry said on Sunday that the fighting had spread north.",
      figure(11, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('leaves a figure in the body to its own paragraph', () => {
    expect(
      read(
        "Fighting resumes\n\nNine soldiers were killed overnight.\n\nArmenia's defence ministry said on Sunday that talks would resume.",
      ),
    ).toEqual([figure(9, 'exact', 'soldiers_killed', null)]);
  });
});
