/**
 * The speaker is the subject a sentence opens with when the attribution verb has none of its own:
 * "Azerbaijan has not disclosed its losses but says 63 civilians have died", and "It says …" right
 * after a sentence that opens with a party and names no speaker. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('en');

describe('the opening subject as the speaker', () => {
  it('reads a verb after "but" as said by the sentence’s subject', () => {
    expect(read('Azerbaijan has not disclosed its military losses but says 58 civilians have died.')).toEqual(
      [figure(58, 'exact', 'civilians_killed', 'AZ', 'az_gov')],
    );
  });

  it('reads "It" as the party the sentence before opens with', () => {
    expect(
      read(
        "Karabakh's defence army said 30 soldiers were killed. Azerbaijan has kept its military losses secret. It says 58 civilians have died.",
      ),
    ).toEqual([
      figure(30, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
      figure(58, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ]);
  });

  it('carries "It" past a sentence that opens with no party', () => {
    expect(
      read(
        "Karabakh's defence army said 30 soldiers were killed. The attack was repelled. It says 4 tanks were destroyed.",
      ),
    ).toEqual([
      figure(30, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
      figure(4, 'exact', 'tanks_destroyed', 'AZ', 'nk_mod'),
    ]);
  });
});
