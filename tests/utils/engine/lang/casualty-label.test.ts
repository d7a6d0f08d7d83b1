/**
 * "Killed: 35 servicemen, the Karabakh defence ministry reported": a loss word followed by a colon
 * heads a list written as text, as in live blogs and tallies; it is a label, not an active verb
 * whose unnamed subject (the speaker's forces) killed the count, so the count is the speaker's own
 * losses as in "35 servicemen were killed, … reported". A loss verb with no colon ("wounded 35
 * servicemen, the ministry reported") still reads as the speaker's forces acting. Texts written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a loss word as a label before a count', () => {
  it.each([
    ['Killed: 35 servicemen, the Karabakh defence ministry reported.', ['35 soldiers_killed ARM NK']],
    ['Wounded: 12 servicemen, the Artsakh defence army said.', ['12 soldiers_wounded ARM NK']],
    ['Dead: 14 soldiers, the Azerbaijani defence ministry said on Monday.', ['14 soldiers_killed AZ AZ']],
    ['Killed: 9 soldiers, according to the Armenian defence ministry.', ['9 soldiers_killed ARM ARM']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Its forces wounded 35 servicemen, the Karabakh defence ministry reported.',
      ['35 soldiers_wounded AZ NK'],
    ],
    ['The Azerbaijani army killed 20 soldiers, the ministry in Baku said.', ['20 soldiers_killed ARM AZ']],
  ])('keeps an active verb: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
