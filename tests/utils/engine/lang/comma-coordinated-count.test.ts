/**
 * "Two Azerbaijani soldiers killed, nine wounded": a bare count after a comma with its own loss
 * participle right after it keeps that participle, as "… killed and nine wounded" did; the loss
 * word before the comma is the earlier count's. A count with no participle of its own still takes
 * the list's verb. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a comma-coordinated count with its own participle', () => {
  it.each([
    [
      "Azerbaijan's ministry: two soldiers killed, nine wounded.",
      ['2 soldiers_killed AZ AZ', '9 soldiers_wounded AZ AZ'],
    ],
    [
      'Two Azerbaijani soldiers killed, nine wounded.',
      ['2 soldiers_killed AZ null', '9 soldiers_wounded AZ null'],
    ],
    [
      'Armenia said 12 civilians were killed, 40 injured in the shelling of Stepanakert.',
      ['12 civilians_killed ARM ARM', '40 civilians_injured ARM ARM'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Azerbaijan said it destroyed 12 Armenian tanks, 5 howitzers and 3 air defence systems.',
      ['12 tanks_destroyed ARM AZ', '5 artillery_destroyed ARM AZ', '3 air_defense_destroyed ARM AZ'],
    ],
  ])('keeps the list verb: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
