/**
 * "Its helicopter was downed, killing two crew members": the people a loss verb right after the
 * comma kills were on the machine the clause before lost, so they are that machine's side (named
 * by its subject, by "its", or by the speaker who lost it), not the other side. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('the crew of a lost machine', () => {
  it.each([
    [
      'Azerbaijan said one of its helicopters was downed near the border, killing two crew members.',
      ['1 helicopters_downed AZ AZ', '2 soldiers_killed AZ AZ'],
    ],
    [
      'An Armenian Su-25 crashed in a mountainous area, killing two pilots, the defence ministry in Yerevan said.',
      ['2 soldiers_killed ARM ARM'],
    ],
    [
      'An Armenian army truck was hit by a drone, killing three soldiers, Baku said.',
      ['3 soldiers_killed ARM AZ'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the other side for the victims of an attack', () => {
    expect(read('Azerbaijani drones hit a convoy, killing 12 soldiers, the ministry in Baku said.')).toEqual([
      '12 soldiers_killed ARM AZ',
    ]);
  });
});
