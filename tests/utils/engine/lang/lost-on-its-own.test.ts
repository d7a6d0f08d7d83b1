/**
 * A count that borrows the noun of the count before shares that one's side, unless an own-loss
 * verb of its own names who lost it: "40 Azerbaijani tanks were destroyed, while Azerbaijan lost
 * 62" stays Azerbaijan's; "…, while it had lost 12" is the speaker's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a borrowed noun with its own loser', () => {
  it('is the loser its own verb names', () => {
    expect(read('Armenia said it destroyed 40 Azerbaijani tanks, while it had lost 12.')).toEqual([
      '40 tanks_destroyed AZ ARM',
      '12 tanks_destroyed ARM ARM',
    ]);
    expect(read('Yerevan said 15 Azerbaijani soldiers were wounded, while Armenia lost 49.')).toEqual([
      '15 soldiers_wounded AZ ARM',
      '49 soldiers_killed ARM ARM',
    ]);
  });

  it('keeps the lender’s side with no own-loss verb', () => {
    expect(read('Baku said 23 Armenian troops died on Tuesday and 41 others wounded.')).toEqual([
      '23 soldiers_killed ARM AZ',
      '41 soldiers_wounded ARM AZ',
    ]);
  });
});
