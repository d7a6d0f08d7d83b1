/**
 * "The number of displaced people reached N", "the number of refugees has reached N": a toll of
 * the displaced counts them. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('a toll of the displaced', () => {
  it.each([
    ["The number of displaced people from Karabakh reached 84,200, Armenia's government said.", 84200],
    ['The number of refugees has reached 61,000, the Armenian government said on Friday.', 61000],
  ])('%s', (text, value) => {
    expect(read(text).map((f) => [f.value, f.metric, f.side, f.party])).toEqual([
      [value, 'displaced', 'ARM', 'ARM'],
    ]);
  });
});
