/**
 * People counted as residents of Karabakh ("жителей Карабаха", "habitants du Haut-Karabakh",
 * "abitanti del Nagorno-Karabakh") are on the Armenian side, as English reads "Karabakh" (side words
 * of ru, fr, it). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('residents of Karabakh', () => {
  it.each([
    ['ru', 'Около 30 тыс. жителей Карабаха стали беженцами.', '30000 displaced ARM'],
    ['ru', 'Погибли 14 жителей Нагорного Карабаха.', '14 civilians_killed ARM'],
    ['fr', 'Plus de 30 000 habitants du Haut-Karabakh ont fui.', '30000 displaced ARM'],
    ['it', 'Oltre 30mila abitanti del Nagorno-Karabakh sono fuggiti.', '30000 displaced ARM'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('keeps Azerbaijani soldiers in Karabakh Azerbaijani', () => {
    expect(read('ru', 'Погибли 6 азербайджанских военнослужащих Карабаха.')).toEqual([
      '6 soldiers_killed AZ',
    ]);
  });
});
