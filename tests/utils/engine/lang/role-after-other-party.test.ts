/**
 * A bare role ("the defence ministry said") carried from earlier sentences is the party that spoke
 * last, when another party spoke since its namesake: not the same role of the first party further
 * back. A third country in between changes nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const speakers = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => `${f.value} ${f.claimant?.id}`);

describe('a bare role after another party spoke', () => {
  it('is the party that spoke last', () => {
    expect(
      speakers(
        "Armenia's defence ministry said it had downed 4 Azerbaijani drones. Baku denied the report. The defence ministry said 16 Armenian soldiers were killed.",
      ),
    ).toEqual(['4 arm_mod', '16 az_mod']);
  });

  it('keeps the namesake when the same party or a third country spoke since', () => {
    expect(
      speakers(
        "Armenia's defence ministry said it had downed 4 Azerbaijani drones. Moscow urged restraint. The defence ministry said 16 Azerbaijani soldiers were killed.",
      ),
    ).toEqual(['4 arm_mod', '16 arm_mod']);
    expect(
      speakers(
        "Armenia's defence ministry said it had downed 4 Azerbaijani drones. Yerevan's foreign ministry condemned the attack. The defence ministry said 16 Azerbaijani soldiers were killed.",
      ),
    ).toEqual(['4 arm_mod', '16 arm_mod']);
  });
});
