/**
 * Civilians hurt "in an Azerbaijani strike", "in an Armenian missile attack": the attack names the
 * attacker, so they are the other side's; "in an Armenian village" names a place, not an attacker.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partyBriefs } from './briefs';

const read = partyBriefs('en');

describe('an attack named after the civilians', () => {
  it.each([
    ['Rights monitors said 8 civilians were killed in an Azerbaijani strike on a church.', 'ARM'],
    ['Three civilians were wounded in an Armenian missile attack on Barda.', 'AZ'],
    ['Two civilians were killed in an Armenian village near the border, Yerevan said.', 'ARM'],
  ])('%s', (text, side) => {
    expect(read(text).map((f) => f.side)).toEqual([side]);
  });
});
