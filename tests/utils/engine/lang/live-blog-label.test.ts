/**
 * A live blog's entry label before its time ("LIVE 09:40 — Speaker: claim", "Update 14:05 –
 * Speaker: claim") leaves the speaker before the colon the claimant. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('a live blog entry label', () => {
  it.each([
    ['LIVE 09:40 — Armenian defence ministry: 27 servicemen were killed overnight.', 'ARM', 'ARM'],
    ["Update 14:05 – Azerbaijan's defence ministry: 3 Armenian tanks were destroyed.", 'ARM', 'AZ'],
  ])('%s', (text, side, party) => {
    expect(read(text).map((f) => [f.side, f.party])).toEqual([[side, party]]);
  });
});
