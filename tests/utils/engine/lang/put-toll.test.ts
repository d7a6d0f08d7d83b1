/**
 * "Armenia has put its own military death toll at 3,825": a party putting its own toll at a count
 * claims it, and the count is its own losses. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('a party putting its own toll at a count', () => {
  it.each([
    [
      'Armenia has put its own military death toll at 2,718.',
      figure(2718, 'exact', 'soldiers_killed', 'ARM', 'arm_gov'),
    ],
    [
      'Azerbaijan puts its military death toll at 2,841.',
      figure(2841, 'exact', 'soldiers_killed', 'AZ', 'az_gov'),
    ],
    ['Baku put its civilian death toll at 94.', figure(94, 'exact', 'civilians_killed', 'AZ', 'az_gov')],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

/** "put the other side's losses at N": the subject of "put" claims the count, whatever the object's words. */
describe("a party putting another side's losses at a count", () => {
  it.each([
    [
      'Karabakh officials put Azerbaijani military losses at 4,120.',
      figure(4120, 'exact', 'soldiers_killed', 'AZ', 'nk_authorities'),
    ],
    [
      "Azerbaijan's defence ministry puts Armenian losses at 3,400 soldiers.",
      figure(3400, 'exact', 'soldiers_killed', 'ARM', 'az_mod'),
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
