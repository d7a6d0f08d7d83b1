/**
 * "6 soldiers were killed and 13 were captured": a bare count whose own verb is another fate
 * (captured, taken prisoner, detained, released) borrows no loss from the count before it; "captured"
 * is a loss word of ground, not of people. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('a bare count with a fate of its own', () => {
  it.each([
    [
      "The Armenian defence ministry said 6 soldiers were killed and 13 were captured in Tuesday's clashes.",
      ['6 soldiers_killed ARM ARM'],
    ],
    ['Baku said 4 servicemen were wounded and 2 were captured near Lachin.', ['4 soldiers_wounded AZ AZ']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('still lends the loss to a bare count that suffered it', () => {
    expect(read('Yerevan said 6 soldiers were killed and 13 were wounded.')).toEqual([
      '6 soldiers_killed ARM ARM',
      '13 soldiers_wounded ARM ARM',
    ]);
  });
});
