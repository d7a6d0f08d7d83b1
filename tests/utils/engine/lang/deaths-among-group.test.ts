/**
 * "51 more deaths among its servicemen": a counted loss noun followed by "among" and a group counts
 * that group, as French "parmi les" and Russian "среди" do. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = (text: string) =>
  partyBriefs('en')(text).map((f) => `${f.value} ${f.metric} ${f.side} ${f.party}`);

describe('deaths among a group', () => {
  it.each([
    ["Karabakh's defence army reported 51 more deaths among its servicemen.", '51 soldiers_killed ARM NK'],
    ['There were 12 deaths among Armenian troops on Monday, Baku said.', '12 soldiers_killed ARM AZ'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
