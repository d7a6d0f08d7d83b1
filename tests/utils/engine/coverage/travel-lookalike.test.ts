import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * A travel piece on Armenia passes a roadside memorial to the men killed in the Karabakh war: the
 * region's name, a party and two war words, and still no coverage. Travel cues (visitors and
 * guesthouses; monasteries and cable cars) are a look-alike group of their own in 8 languages.
 */
describe('detectCoverage: travel pieces passing a war memorial', () => {
  it.each([
    [
      'ru',
      'Армения — страна монастырей и горных дорог. В Горисе туристы ночуют в гостевых домах, а у въезда в город стоит памятник погибшим в карабахской войне. Лучшее время для поездки — осень.',
    ],
    [
      'en',
      'Armenia rewards the slow traveller. From Yerevan, a day trip reaches the monastery of Geghard. In Dilijan, a stone by the road remembers the men killed in the Karabakh war. Guesthouses are cheap and the bread is baked each morning.',
    ],
    [
      'fr',
      "D'Erevan, la route mène à Goris, où les voyageurs dorment chez l'habitant. Un monument y rappelle les morts de la guerre du Karabakh. Le téléphérique de Tatev vaut le détour.",
    ],
  ])('%s: keeps the travel piece out, with a margin', (lang, text) => {
    const result = detectCoverage({ text, lang });
    expect(result.evidence.some((e) => e.cue.startsWith('travel_'))).toBe(true);
    expect(result.score).toBeLessThan(4);
  });
});
