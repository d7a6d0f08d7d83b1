/**
 * "The adversary", "the opponent" stand for the enemy as "the enemy" does: what they lost is the
 * speaker's other side's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('the adversary and the opponent', () => {
  it.each([
    [
      'According to the Karabakh defence army, the adversary lost 35 drones and 8 helicopters.',
      ['35 drones_downed AZ NK', '8 helicopters_downed AZ NK'],
    ],
    [
      'The Armenian ministry said the opponent lost 12 tanks over the past day.',
      ['12 tanks_destroyed AZ ARM'],
    ],
    ['Baku said the adversary lost up to 40 servicemen near Fuzuli.', ['40 soldiers_killed ARM AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
