/**
 * Armenians of Karabakh speaking as its authorities ("the ethnic Armenian authorities in
 * Nagorno-Karabakh", "Karabakh's Armenian officials") are the region's own claimant (NK), not
 * Armenia's; Armenian officials speaking of Karabakh stay Armenia's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const claimants = (text: string) =>
  extractFigures(text, { lang: 'en' }).map((f) => f.claimant?.party ?? null);

describe('Armenian speakers of Karabakh', () => {
  it.each([
    'The ethnic Armenian authorities reported 17 more servicemen killed.',
    'Armenian officials in Stepanakert said 17 more servicemen had died.',
    "Artsakh's Armenian authorities said 17 more servicemen had died.",
  ])('%s', (text) => {
    expect(claimants(text)).toEqual(['NK']);
  });

  it('keeps Armenian officials speaking of Karabakh Armenian', () => {
    expect(claimants('Armenian officials said 17 more servicemen had died in Karabakh.')).toEqual(['ARM']);
  });
});
