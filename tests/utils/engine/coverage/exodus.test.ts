import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../../utils/engine/coverage/coverage';

/**
 * People driven out by the war (refugees, the displaced, the 2023 exodus) beside the region's name
 * weigh as much as the occupied lands or the front line, and each language says it with its own
 * verbs and nouns: fled, geflohen, fui, fuggiti, göç eden, köçkün, бежали, տեղահանվել.
 */
describe('detectCoverage: the exodus from the region', () => {
  it.each([
    [
      'tr',
      "Dağlık Karabağ'dan Ermenistan'a göç edenlerin sayı 100 bini aştı. Hükümet barınma için uluslararası yardım istedi.",
    ],
    [
      'it',
      "I profughi armeni del Karabakh vivono ancora in alloggi provvisori a un anno dall'esodo. Molti contano sui sussidi di Erevan.",
    ],
    [
      'hy',
      'Արցախից բռնի տեղահանված հայերը դեռ բնակարան չունեն։ Կառավարությունը երկարաձգել է աջակցության ծրագիրը, տեղահանվածները՝ 100 հազարից ավելի։',
    ],
  ])('%s: reads a short piece on the displaced as coverage', (lang, text) => {
    expect(detectCoverage({ text, lang }).isCoverage).toBe(true);
  });

  it.each([
    ['en', 'Families fled Karabakh with what they could carry.'],
    ['de', 'Die meisten sind aus Bergkarabach geflohen.'],
    ['fr', 'Ils ont fui le Haut-Karabakh en une nuit.'],
    ['it', 'Sono fuggiti dal Nagorno-Karabakh in pochi giorni.'],
    ['az', 'Qarabağdan olan köçkünlər evlərinə qayıdır.'],
    ['ru', 'Жители бежали из Нагорного Карабаха в Армению.'],
  ])('%s: counts the verb or noun of flight', (lang, text) => {
    expect(detectCoverage({ text, lang }).evidence.map((e) => e.cue)).toContain('displaced');
  });
});
