import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * Khojaly, the town whose name stands for the killings of February 1992, names the war the way
 * Stepanakert does, in every spelling (Khojaly, Xocalı, Hocalı, Ходжалы, Խոջալու): a commemoration
 * that never says "Karabakh" is still coverage of the conflict. Texts written for these tests.
 */
describe('detectCoverage: Khojaly', () => {
  it.each([
    [
      'en',
      'Azerbaijan marked the anniversary of the Khojaly massacre with a minute of silence. Officials in Baku say 613 civilians were killed when Armenian troops seized the town in February 1992.',
    ],
    [
      'tr',
      "Hocalı katliamının yıl dönümünde Azerbaycan genelinde anma törenleri düzenlendi. 1992'de Ermeni güçlerinin saldırısında yüzlerce sivil hayatını kaybetmişti.",
    ],
  ])('%s: reads a commemoration as coverage', (lang, text) => {
    expect(detectCoverage({ text, lang }).isCoverage).toBe(true);
  });

  it.each([
    ['en', 'The Khojaly airport reopened to flights.'],
    ['az', 'Xocalıda yeni məktəb açılıb.'],
    ['ru', 'Жители Ходжалы вернулись в город.'],
  ])('%s: counts the name as a core term', (lang, text) => {
    expect(detectCoverage({ text, lang }).evidence.map((e) => e.cue)).toContain('Khojaly');
  });

  it('does not take the Turkish word for teaching for the town', () => {
    const text = 'Üniversitede hocalık yapan yazar, Azerbaycan ve Ermenistan edebiyatı üzerine ders veriyor.';
    expect(detectCoverage({ text, lang: 'tr' }).evidence.map((e) => e.cue)).not.toContain('Khojaly');
  });
});
