/**
 * A toll whose count names its noun after it ("their death toll had risen to 1,300 fighters"):
 * the toll is a loss of the group it names ("the death toll among Armenian troops"), else of the
 * speaker, not the other side. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('the side of a toll with its noun after the count', () => {
  it.each([
    ['The separatists said their death toll had risen to 1,300 fighters.', 'ARM', 'NK'],
    ['Baku said the death toll among Armenian troops rose to 2,000 soldiers.', 'ARM', 'AZ'],
    ['Azerbaijan said the toll had reached 94 civilians.', 'AZ', 'AZ'],
  ])('%s', (text, side, party) => {
    expect(read(text).map((f) => [f.side, f.party])).toEqual([[side, party]]);
  });
});
