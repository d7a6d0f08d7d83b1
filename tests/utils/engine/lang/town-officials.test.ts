/**
 * A town's officials (its executive authority, mayor, governor) speak for the side the town is
 * on: "the head of the Barda executive authority" is Azerbaijan's government, "the mayor of Goris"
 * Armenia's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe("a town's officials speak for its side", () => {
  it.each([
    [
      'The head of the Barda executive authority said 21 civilians had been killed by a cluster rocket.',
      '21 civilians_killed AZ AZ',
    ],
    [
      'The mayor of Ganja said 10 residents were killed when a missile hit an apartment block.',
      '10 civilians_killed AZ AZ',
    ],
    [
      "Tartar's executive power said 3 villagers were wounded by shelling overnight.",
      '3 civilians_injured AZ AZ',
    ],
    ['The mayor of Goris said 2 residents were injured by a drone strike.', '2 civilians_injured ARM ARM'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
