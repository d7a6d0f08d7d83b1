/**
 * Military statements are read out by a press service: "…, its press service said", "the press
 * service claimed". A press service speaks for a defence ministry unless the presidency's is
 * named; "its" names whose. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('a press service as the speaker', () => {
  it("reads 'its press service' as the ministry of the party named before", () => {
    expect(read('The Karabakh Defense Army has lost 26 more servicemen, its press service said.')).toEqual([
      figure(26, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
    ]);
  });

  it("carries 'the press service' to the ministry that spoke before", () => {
    expect(
      read(
        "Azerbaijan's defence ministry said 4 Armenian tanks were destroyed. About 60 Armenian soldiers were killed, the press service claimed.",
      ),
    ).toEqual([
      figure(4, 'exact', 'tanks_destroyed', 'ARM', 'az_mod'),
      figure(60, 'about', 'soldiers_killed', 'ARM', 'az_mod'),
    ]);
  });

  it("reads the presidential press service as the president's", () => {
    expect(read("Azerbaijan's presidential press service said 3 civilians were killed in Tartar.")).toEqual([
      figure(3, 'exact', 'civilians_killed', 'AZ', 'az_president'),
    ]);
  });
});
