/**
 * Wire copy tucks the speaker into an absolute clause: "…, with Azerbaijan saying it had lost 12
 * troops", "…, with Armenia's defence ministry claiming that …". The clause's own subject claims
 * the figures, and the verb's -ing form attributes as its finite forms do. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('a speaker in an absolute clause', () => {
  it('reads a country saying it lost', () => {
    expect(read('Fighting flared on Sunday, with Azerbaijan saying it had lost 9 soldiers.')).toEqual([
      figure(9, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ]);
  });

  it('reads a ministry claiming the enemy lost', () => {
    expect(
      read(
        "Shelling went on overnight, with Armenia's defence ministry claiming that 40 Azerbaijani soldiers had been killed.",
      ),
    ).toEqual([figure(40, 'exact', 'soldiers_killed', 'AZ', 'arm_mod')]);
  });

  it('reads a side reporting its dead', () => {
    expect(
      read('Both sides reported losses, with the Azerbaijani side reporting 7 soldiers killed.'),
    ).toEqual([figure(7, 'exact', 'soldiers_killed', 'AZ', 'az_gov')]);
  });
});
