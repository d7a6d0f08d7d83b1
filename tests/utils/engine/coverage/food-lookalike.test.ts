import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/** Restaurants, dishes and rugs named after the region are not coverage. */
describe('detectCoverage: restaurants and rugs named Karabakh', () => {
  it('keeps out a review of a restaurant named after the region', () => {
    const text = [
      'Karabakh, a new Azerbaijani restaurant in Brooklyn, opened in March.',
      'The owners, two brothers from Baku, named it after the region their parents come from.',
      "The menu runs from lamb plov to saffron rice; the chef's Karabakh-style dolma is the best dish.",
    ].join('\n');
    const result = detectCoverage({ text, lang: 'en' });
    expect(result.evidence.map((e) => e.cue)).toContain('culture_food');
    expect(result.isCoverage).toBe(false);
  });

  it.each([
    ['en', 'The Karabakh Grill serves kebabs near the station.'],
    ['tr', "Kadıköy'deki Karabağ Sofrası yeni şubesini açtı."],
    ['ru', 'В центре города открылся ресторан Карабах с новым меню.'],
  ])('masks the name of a restaurant in %s', (lang, text) => {
    const result = detectCoverage({ text, lang });
    expect(result.evidence.filter((e) => e.kind === 'core')).toEqual([]);
  });

  it('reads an Italian "tappeto Karabagh" as a rug', () => {
    const text = "Un tappeto Karabagh dell'Ottocento è stato venduto all'asta a Milano per 85 mila euro.";
    expect(detectCoverage({ text, lang: 'it' }).evidence.map((e) => e.cue)).toContain('culture_carpet_name');
  });
});
