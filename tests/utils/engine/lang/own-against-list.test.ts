/**
 * "Azerbaijan said six Armenian soldiers and two of its own servicemen were killed": a list item
 * whose words say "of its own" ("of their own", "of our own") sets the subject's own against the
 * side the list named before it, so it does not share that side; it is the speaker's, as "its"
 * is. An item with no such words still shares the list's side. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('"of its own" in a list', () => {
  it.each([
    [
      'Azerbaijan said six Armenian soldiers and two of its own servicemen were killed.',
      ['6 soldiers_killed ARM AZ', '2 soldiers_killed AZ AZ'],
    ],
    [
      'The Armenian defence ministry said 10 Azerbaijani troops and three of its own soldiers died in the clash.',
      ['10 soldiers_killed AZ ARM', '3 soldiers_killed ARM ARM'],
    ],
    [
      'Armenia said it destroyed five Azerbaijani tanks and lost one of its own tanks.',
      ['5 tanks_destroyed AZ ARM', '1 tanks_destroyed ARM ARM'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Azerbaijan said six Armenian soldiers and two officers were killed.',
      ['6 soldiers_killed ARM AZ', '2 soldiers_killed ARM AZ'],
    ],
    [
      'Armenia said 12 Azerbaijani tanks and four armoured vehicles were destroyed.',
      ['12 tanks_destroyed AZ ARM', '4 armoured_vehicles_destroyed AZ ARM'],
    ],
  ])('keeps the list side: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
