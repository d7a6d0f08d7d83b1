/**
 * Troops that "took" villages captured them; peacekeepers and their contingent speak as their
 * country's military. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('took, and peacekeepers as speakers', () => {
  it('reads villages taken as captured', () => {
    expect(read('Azerbaijani troops took 14 villages over the weekend, Aliyev said.')).toEqual([
      {
        text: '14 villages',
        value: 14,
        qualifier: 'exact',
        metric: 'villages_captured',
        side: 'ARM',
        party: 'AZ',
      },
    ]);
    expect(read('The convoy took 3 hours to reach the town.')).toEqual([]);
  });

  it('reads peacekeepers as a speaker', () => {
    expect(
      read('Russian peacekeepers said 2 civilians were wounded near the corridor.').map((f) => f.party),
    ).toEqual(['other']);
  });
});
