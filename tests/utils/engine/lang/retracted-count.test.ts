/**
 * "Armenia said 13 soldiers were killed, not 30": a count set after a comma and "not" ("rather
 * than", "instead of") is the figure a report retracts or rejects, no loss of its own; the count
 * it corrects stays. A count after "not" with no comma, or after "and" alone, is still read.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a retracted count', () => {
  it.each([
    ['Armenia said 13 soldiers were killed, not 30.', ['13 soldiers_killed ARM ARM']],
    [
      'Armenia said 13 of its soldiers were killed, not 30 as reported earlier.',
      ['13 soldiers_killed ARM ARM'],
    ],
    ['Baku said it had downed four drones, rather than 40.', ['4 drones_downed ARM AZ']],
    [
      'The ministry in Yerevan put the toll at 20 servicemen, instead of 25 soldiers.',
      ['20 soldiers_killed ARM ARM'],
    ],
    ['Azerbaijan said seven civilians were killed, and not 70.', ['7 civilians_killed AZ AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'Armenia said 13 soldiers were killed, and 30 were wounded.',
      ['13 soldiers_killed ARM ARM', '30 soldiers_wounded ARM ARM'],
    ],
    ['Azerbaijan said not 13 but 30 Armenian soldiers were killed.', ['30 soldiers_killed ARM AZ']],
  ])('keeps other counts: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
