/**
 * "its helicopter was downed": a possessive before one machine counts one, and the owner it names
 * (the speaker) lost it. "its two helicopters", "its drone strikes" and "its drone fleet" count no
 * machine by the possessive. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a possessive counts one machine of its owner', () => {
  it.each([
    ['Baku confirmed that its helicopter had been downed near the border.', '1 helicopters_downed AZ AZ'],
    [
      "Armenia's defence ministry said its Su-25 was shot down by a fighter jet.",
      '1 aircraft_downed ARM ARM',
    ],
    ['The Karabakh army said their drone was shot down over Hadrut.', '1 drones_downed ARM NK'],
    [
      'Azerbaijan said its attack helicopter was brought down by Armenian fire.',
      '1 helicopters_downed AZ AZ',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('leaves a partitive its own count', () => {
    expect(read('The Armenian military said two of its Su-25 fighter jets had been lost.')).toEqual([
      '2 aircraft_downed ARM ARM',
    ]);
    expect(read('Armenia said its Su-25 fighter jet was shot down.')).toEqual(['1 aircraft_downed ARM ARM']);
  });

  it('counts no machine the possessive only names in passing', () => {
    expect(read('Armenia said its two helicopters were not damaged.')).toEqual([]);
    expect(read('Azerbaijan said its drone strikes had killed 20 Armenian soldiers.')).toEqual([
      '20 soldiers_killed ARM AZ',
    ]);
  });
});
