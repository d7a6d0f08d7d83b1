/**
 * "The army destroyed, the ministry said, three Armenian tanks": forces named with no party of
 * their own ("the army", "its troops", "our forces") striking a target the sentence gives a party
 * are that target's other side, and a bare "the ministry" with no speaker to stand for speaks for
 * them, as it does for forces named with their country (acting-forces-named). A target with no
 * party, a passive report, or a named force of a third country gives the ministry no party; kills
 * are left to the other rules (either side's ministry may report them). Texts written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a bare ministry speaking for unnamed forces', () => {
  it.each([
    ['The army destroyed, the ministry said, three Armenian tanks.', '3 tanks_destroyed ARM AZ'],
    ['The army destroyed three Armenian tanks, the defence ministry said.', '3 tanks_destroyed ARM AZ'],
    ['Our forces shot down two Azerbaijani drones overnight, the ministry said.', '2 drones_downed AZ ARM'],
    [
      'The defence ministry said its troops had destroyed five Karabakh artillery pieces.',
      '5 artillery_destroyed ARM AZ',
    ],
    ['The air defences downed, the ministry said, four Armenian drones.', '4 drones_downed ARM AZ'],
    ['The air defence forces, the ministry said, shot down three Armenian drones.', '3 drones_downed ARM AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['Three Armenian tanks were destroyed, the ministry said.', '3 tanks_destroyed ARM null'],
    ['The army destroyed three tanks, the ministry said.', '3 tanks_destroyed null null'],
    ['Russian troops destroyed three Armenian tanks, the ministry said.', '3 tanks_destroyed ARM null'],
  ])('gives no party: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
