/**
 * Words that make a date or weekday the last day of a running tally, before or after it, in
 * every language ("на утро 10 октября", "bis einschließlich", "à la date du", "fino a sabato",
 * "Cumartesi itibarıyla", "oktyabrın 10-u etibarilə", "շաբաթ օրվա դրությամբ"), and words that say
 * the tally runs to now ("к настоящему моменту", "ad oggi", "hazırda", "27 Eylül'den bugüne
 * kadar"). Our own sentences, published Sunday 11 October 2020, during the war begun 27 September.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/engine/figures';

function periods(text: string, lang: string): (string | null)[] {
  return extractFigures(text, { lang, publishedDate: '2020-10-11' })
    .filter((f) => f.metric !== null)
    .map((f) => f.period);
}

const TO_SATURDAY = '2020-09-27/2020-10-10';
const SO_FAR = '2020-09-27/2020-10-11';

const CASES: [lang: string, text: string, period: string][] = [
  ['ru', 'На утро 10 октября погибли 11 мирных жителей.', TO_SATURDAY],
  ['de', 'Bis einschließlich 10. Oktober wurden 11 Zivilisten getötet.', TO_SATURDAY],
  ['fr', 'À la date du 10 octobre, 11 civils avaient été tués.', TO_SATURDAY],
  ['it', 'Fino a sabato 11 civili erano stati uccisi.', TO_SATURDAY],
  ['tr', 'Cumartesi itibarıyla 11 sivil hayatını kaybetti.', TO_SATURDAY],
  ['az', 'Oktyabrın 10-u etibarilə 11 mülki şəxs həlak olub.', TO_SATURDAY],
  ['az', 'Oktyabrın 10-na olan məlumata görə, 11 mülki şəxs həlak olub.', TO_SATURDAY],
  ['hy', 'Շաբաթ օրվա դրությամբ զոհվել է 11 խաղաղ բնակիչ։', TO_SATURDAY],
  ['ru', 'К настоящему моменту погибли 11 мирных жителей.', SO_FAR],
  ['ru', 'На текущий момент погибли 11 мирных жителей.', SO_FAR],
  ['it', 'Dal 27 settembre a oggi 11 civili sono stati uccisi.', SO_FAR],
  ['fr', "Depuis le 27 septembre et jusqu'à aujourd'hui, 11 civils ont été tués.", SO_FAR],
  ['az', 'Hazırda 11 mülki şəxs həlak olub.', SO_FAR],
  ['tr', "27 Eylül'den bugüne kadar 11 sivil hayatını kaybetti.", SO_FAR],
  ['hy', 'Սեպտեմբերի 27-ից առ այսօր զոհվել է 11 խաղաղ բնակիչ։', SO_FAR],
];

describe('the end of a tally', () => {
  it.each(CASES)('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });
});
