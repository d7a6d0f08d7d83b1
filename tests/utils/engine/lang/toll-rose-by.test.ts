/**
 * A toll that "rose by" a count grew by that many dead ("rose by 51 to 532": 51 more, 532 in all),
 * and a headline's "raises death toll to" names who raised it, as "raised its death toll to"
 * does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a toll that rose by a count', () => {
  it('reads the rise and the total', () => {
    expect(read("The Karabakh army's death toll rose by 51 to 532, its press service said.")).toEqual([
      '51 soldiers_killed ARM NK',
      '532 soldiers_killed ARM NK',
    ]);
    expect(read('The civilian death toll in Azerbaijan has increased by 4 to 65, Baku said.')).toEqual([
      '4 civilians_killed AZ AZ',
      '65 civilians_killed AZ AZ',
    ]);
  });
});

describe('a headline raising a toll', () => {
  it.each([
    ['UPDATE: Karabakh officials raise military death toll to 772.', ['772 soldiers_killed ARM NK']],
    ['Azerbaijan raises civilian death toll to 91', ['91 civilians_killed AZ AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
