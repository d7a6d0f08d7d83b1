/**
 * "announced the deaths of 26 more soldiers", "a annoncé la mort de 26 soldats": a loss noun with
 * "of" has no agent; the speaker reporting it reports its own dead. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

describe('the deaths of a count', () => {
  it.each([
    [
      'en',
      "Karabakh's defence army announced the deaths of 19 more soldiers.",
      figure(19, 'exact', 'soldiers_killed', 'ARM', 'nk_mod'),
    ],
    [
      'en',
      'The Azerbaijani defence ministry confirmed the loss of 7 servicemen.',
      figure(7, 'exact', 'soldiers_killed', 'AZ', 'az_mod'),
    ],
    [
      'fr',
      'Le ministère arménien de la Défense a annoncé la mort de 19 soldats.',
      figure(19, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(claimantBriefs(lang)(text)).toEqual([expected]);
  });

  it('still reads a speaker killing the other side’s soldiers as the other side’s loss', () => {
    expect(
      claimantBriefs('en')("Azerbaijan's defence ministry said its forces killed 19 Armenian soldiers."),
    ).toEqual([figure(19, 'exact', 'soldiers_killed', 'ARM', 'az_mod')]);
  });
});
