/**
 * "Armenian forces said they destroyed 12 of their drones": after a verb that acts on the count,
 * "of their"/"of its" names the object's owner, the agent's enemy, not the speaker; after the
 * owner's own loss verb ("lost 40 of its tanks") it is the speaker's. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('the owner after "of"', () => {
  it.each([
    ['Armenian forces said they had destroyed 12 of their drones over Martuni.', '12 drones_downed AZ ARM'],
    ['Azerbaijan said its army had shot down 3 of their helicopters.', '3 helicopters_downed ARM AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("keeps the speaker's own loss", () => {
    expect(read('Armenia said it had lost 40 of its tanks.')).toEqual(['40 tanks_destroyed ARM ARM']);
    expect(read('Baku said Armenian fire destroyed 2 of its tanks.')).toEqual(['2 tanks_destroyed AZ AZ']);
  });
});
